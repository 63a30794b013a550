"""Kata 6.7: the retraining policy combines schedule, accuracy and drift, and refuses to
retrain on broken inputs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    assert not decision.retrain, f"{WHERE}: a drop of exactly max_accuracy_drop is still tolerated"
    decision = retraining_decision(days_since_training=1, baseline_accuracy=0.75, recent_accuracy=0.25,
                                   max_accuracy_drop=0.25)
    assert decision.urgency == "now"


@given(days=st.integers(0, 400), baseline=st.floats(0.5, 1.0), drop=st.floats(0, 0.5),
       extra=st.floats(0, 0.3), drifted=st.booleans())
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


def test_impossible_arguments_are_refused():
    for arguments in [dict(days_since_training=-1, baseline_accuracy=0.9, recent_accuracy=0.9),
                      dict(days_since_training=1, baseline_accuracy=1.2, recent_accuracy=0.9),
                      dict(days_since_training=1, baseline_accuracy=0.9, recent_accuracy=-0.1),
                      dict(days_since_training=1, baseline_accuracy=0.9, recent_accuracy=0.9, max_age_days=0)]:
        with pytest.raises(ValueError):
            retraining_decision(**arguments)
