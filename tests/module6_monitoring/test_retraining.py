"""Kata 6.7: the retraining policy combines schedule, accuracy and drift, and refuses to
retrain on broken inputs.

Rules and the tests that enforce them:

1. Broken input blocks retraining whatever else fired, and the other reasons are still listed:
   ``test_the_policy_decides_each_situation`` (broken input).
2. Accuracy fires only with labels and a drop strictly above ``max_accuracy_drop``: urgency now:
   ``test_the_accuracy_trigger_is_strict``, the cases "a small dip", "accuracy fell"; 0.05 by default:
   ``test_the_tolerated_drop_is_5_points_by_default``.
3. Drift gives "soon", the schedule "scheduled" from exactly ``max_age_days`` on:
   ``test_the_schedule_fires_from_exactly_max_age_days``, the cases.
4. Every trigger that fired is listed, in the fixed order; urgency from the strongest:
   ``test_the_policy_decides_each_situation`` ("everything at once"),
   ``test_a_worse_situation_never_lowers_the_urgency``.
5. ``Raises: ValueError`` for a negative age, an accuracy outside [0, 1], ``max_age_days < 1``:
   ``test_impossible_arguments_are_refused``; the bounds themselves (age 0, accuracies 0 and 1,
   ``max_age_days`` 1) are allowed: ``test_the_bounds_of_every_argument_are_allowed``.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module6_monitoring.retraining import retraining_decision

WHERE = "retraining_decision (katas/module6_monitoring/retraining.py)"
ORDER = {"none": 0, "scheduled": 1, "soon": 2, "now": 3}

CASES = [
    # (what, arguments, retrain, urgency, reasons)
    ("nothing happened", dict(days_since_training=5, baseline_accuracy=0.87, recent_accuracy=0.86),
     False, "none", []),
    ("a small dip within tolerance", dict(days_since_training=5, baseline_accuracy=0.87, recent_accuracy=0.83),
     False, "none", []),
    ("the model is old", dict(days_since_training=30, baseline_accuracy=0.87, recent_accuracy=0.86),
     True, "scheduled", ["schedule"]),
    ("inputs drifted, labels not in yet", dict(days_since_training=3, baseline_accuracy=0.87,
                                               recent_accuracy=None, drifted_columns=["hp"]),
     True, "soon", ["drift"]),
    ("accuracy fell", dict(days_since_training=3, baseline_accuracy=0.87, recent_accuracy=0.65),
     True, "now", ["accuracy"]),
    ("everything at once", dict(days_since_training=40, baseline_accuracy=0.87, recent_accuracy=0.65,
                                drifted_columns=["hp", "speed"]),
     True, "now", ["accuracy", "drift", "schedule"]),
    ("broken input", dict(days_since_training=40, baseline_accuracy=0.87, recent_accuracy=0.65,
                          drifted_columns=["defense"], broken_columns=["defense"]),
     False, "blocked", ["broken_input", "accuracy", "drift", "schedule"]),
]


@pytest.mark.parametrize(("what", "arguments", "retrain", "urgency", "reasons"), CASES,
                         ids=[case[0] for case in CASES])
def test_the_policy_decides_each_situation(what, arguments, retrain, urgency, reasons):
    decision = retraining_decision(**arguments)
    got = (decision.retrain, decision.urgency, list(decision.reasons))
    assert got == (retrain, urgency, reasons), (
        f"{WHERE} decided {got} when {what} ({arguments}); expected {(retrain, urgency, reasons)}"
        + (". Retraining on broken inputs teaches the model the bug: block it and fix the feed"
           if urgency == "blocked" else ""))


def test_the_accuracy_trigger_is_strict():
    decision = retraining_decision(days_since_training=1, baseline_accuracy=0.75, recent_accuracy=0.5,
                                   max_accuracy_drop=0.25)
    assert not decision.retrain, f"{WHERE}: a drop of exactly max_accuracy_drop (0.75 -> 0.5) is still tolerated"
    decision = retraining_decision(days_since_training=1, baseline_accuracy=0.75, recent_accuracy=0.498046875,
                                   max_accuracy_drop=0.25)
    assert decision.urgency == "now", (
        f"{WHERE}: a drop of 0.251953125 is more than max_accuracy_drop 0.25, if only by a fifth of a point: "
        "urgency 'now' (compare the drop itself, not the drop rounded to whole points)")
    decision = retraining_decision(days_since_training=1, baseline_accuracy=0.75, recent_accuracy=0.25,
                                   max_accuracy_drop=0.25)
    assert decision.urgency == "now", f"{WHERE}: a drop of 0.5 with max_accuracy_drop 0.25 is urgent ('now')"


def test_the_tolerated_drop_is_5_points_by_default():
    decision = retraining_decision(days_since_training=1, baseline_accuracy=0.75, recent_accuracy=0.6875)
    assert decision.urgency == "now" and decision.reasons == ["accuracy"], (
        f"{WHERE} decided {decision} for accuracy 0.75 -> 0.6875 with max_accuracy_drop left at its default; the "
        "default tolerates 0.05 (5 points), and this drop is 0.0625: urgency 'now'")


@pytest.mark.parametrize("days, urgency", [(29, "none"), (30, "scheduled")], ids=["day-29", "day-30"])
def test_the_schedule_fires_from_exactly_max_age_days(days, urgency):
    decision = retraining_decision(days_since_training=days, baseline_accuracy=0.87, recent_accuracy=0.87,
                                   max_age_days=30)
    assert decision.urgency == urgency, (
        f"{WHERE} gave urgency {decision.urgency!r} for a {days}-day-old model with max_age_days=30; the schedule "
        "fires when the model is max_age_days old OR OLDER (>=)")


@given(days=st.integers(0, 400), baseline=st.floats(0.5, 1.0), drop=st.floats(0, 0.5),
       extra=st.floats(0, 0.3), drifted=st.booleans())
@example(days=20, baseline=0.9, drop=0.0, extra=0.0, drifted=False).via("only the age and drift change")
def test_a_worse_situation_never_lowers_the_urgency(days, baseline, drop, extra, drifted):
    columns = ["hp"] if drifted else []
    mild = retraining_decision(days_since_training=days, baseline_accuracy=baseline,
                               recent_accuracy=max(0.0, baseline - drop), drifted_columns=columns)
    worse = retraining_decision(days_since_training=days + 10, baseline_accuracy=baseline,
                                recent_accuracy=max(0.0, baseline - drop - extra),
                                drifted_columns=["hp"])
    assert ORDER[worse.urgency] >= ORDER[mild.urgency] and worse.retrain >= mild.retrain, (
        f"{WHERE}: an older model with lower accuracy and drift got urgency {worse.urgency!r}, "
        f"less than {mild.urgency!r} for the milder case")
    assert mild.retrain == (mild.urgency != "none")


@pytest.mark.parametrize("arguments, reasons", [
    pytest.param(dict(days_since_training=0, baseline_accuracy=1.0, recent_accuracy=0.0), ["accuracy"],
                 id="new-model-perfect-then-zero"),
    pytest.param(dict(days_since_training=0, baseline_accuracy=0.0, recent_accuracy=1.0), [], id="zero-then-perfect"),
    pytest.param(dict(days_since_training=1, baseline_accuracy=0.9, recent_accuracy=0.9, max_age_days=1),
                 ["schedule"], id="max-age-1"),
])
def test_the_bounds_of_every_argument_are_allowed(arguments, reasons):
    decision = retraining_decision(**arguments)
    assert list(decision.reasons) == reasons, (
        f"{WHERE} gave reasons {list(decision.reasons)} for {arguments}; expected {reasons}. An age of 0 days, "
        "accuracies of exactly 0 and 1, and max_age_days = 1 are all allowed")


@pytest.mark.parametrize("arguments", [
    pytest.param(dict(days_since_training=-1, baseline_accuracy=0.9, recent_accuracy=0.9), id="negative-age"),
    pytest.param(dict(days_since_training=1, baseline_accuracy=1.2, recent_accuracy=0.9), id="baseline-above-1"),
    pytest.param(dict(days_since_training=1, baseline_accuracy=0.9, recent_accuracy=-0.1), id="recent-below-0"),
    pytest.param(dict(days_since_training=1, baseline_accuracy=0.9, recent_accuracy=0.9, max_age_days=0),
                 id="max-age-0"),
])
def test_impossible_arguments_are_refused(arguments):
    with must_raise(ValueError, f"{WHERE} must refuse {arguments}"):
        retraining_decision(**arguments)
