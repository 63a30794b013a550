"""Kata 4.2: the metric for each business scenario (exercise 4.1).

Rules of ``choose_metric`` and the tests that enforce them:

1. A ranked review queue is judged by ``average_precision``, whatever the costs:
   ``test_ranked_queues_are_judged_on_ranking``, ``test_the_five_scenarios`` (which also checks that
   the exercise's ``SCENARIOS`` table is unchanged).
2. Errors are weighed by prevalence (misses ``share * cost_fn``, false alarms
   ``(1 - share) * cost_fp``), not by the cost ratio alone: ``test_prevalence_weighs_the_costs``.
3. Misses weighing at least 5 times false alarms give ``recall_at_min_precision``, exactly 5
   times included: ``test_dominance_starts_at_exactly_five_times``.
4. The mirror image gives ``precision_at_min_recall``: the same test, and
   ``test_swapping_the_weights_swaps_the_constrained_metrics``.
5. Comparable weights and a positive share below 0.2 or above 0.8 give ``f1``; from 0.2 to 0.8
   inclusive, ``accuracy``: ``test_balance_boundaries_are_inclusive``,
   ``test_accuracy_is_never_chosen_for_imbalanced_classes``.
6. Recall or precision alone is never the answer (each is gamed by flagging everything or one
   sure case): ``test_the_five_scenarios`` and the property tests check the answer is in
   ``METRICS``.
7. ``Raises: ValueError`` for a share not strictly between 0 and 1 (NaN included), a negative
   cost, or both costs 0, for a ranked queue as for any other scenario:
   ``test_impossible_scenarios_are_rejected``.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module4_evaluation.metric_choice import METRICS, SCENARIOS, Scenario, choose_metric

FILE = "katas/module4_evaluation/metric_choice.py"
WHERE = f"choose_metric ({FILE})"
EXPECTED_METRICS = ("accuracy", "f1", "recall_at_min_precision", "precision_at_min_recall", "average_precision")

EXPECTED = {
    "cancer_screening": ("recall_at_min_precision", "1% positives times a miss costing 1000 times a follow-up "
                         "test: misses weigh about 10 times the false alarms"),
    "spam_filter": ("precision_at_min_recall", "a real mail lost in the spam folder costs 50 times a spam let "
                    "through, and 70% of mail is real"),
    "fraud_review_queue": ("average_precision", "analysts work down a ranked queue"),
    "legendary_newsletter": ("f1", "a miss costs 5 times a false alarm, but with 8% positives misses weigh "
                             "0.08 * 5 = 0.4 against 0.92 * 1 for false alarms: comparable, and imbalanced"),
    "photo_sorter": ("accuracy", "balanced classes and equal costs"),
}
SHIPPED = {  # (positive_share, cost_false_positive, cost_false_negative, ranks_for_review) as the exercise gives them
    "cancer_screening": (0.01, 100, 100_000, False),
    "spam_filter": (0.30, 50, 1, False),
    "fraud_review_queue": (0.002, 5, 500, True),
    "legendary_newsletter": (0.08, 1, 5, False),
    "photo_sorter": (0.50, 1, 1, False),
}


def scenario(share, cost_fp, cost_fn, queue=False):
    return Scenario("test", share, cost_false_positive=cost_fp, cost_false_negative=cost_fn, ranks_for_review=queue)


def check(chosen, expected, why):
    assert chosen in METRICS, f"{WHERE} returned {chosen!r}, which is not one of {METRICS}"
    assert chosen == expected, f"{WHERE} picked {chosen!r}; expected {expected!r}: {why}"


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_five_scenarios(key):
    metric, why = EXPECTED[key]
    assert tuple(METRICS) == EXPECTED_METRICS, f"METRICS ({FILE}) must stay {EXPECTED_METRICS}"
    check(choose_metric(SCENARIOS[key]), metric, f"{SCENARIOS[key].name}: {why}")
    given = SCENARIOS[key]
    assert (given.positive_share, given.cost_false_positive, given.cost_false_negative,
            given.ranks_for_review) == SHIPPED[key], (
        f"SCENARIOS[{key!r}] ({FILE}) must stay as the exercise gives it: {SHIPPED[key]} "
        "(share, cost of a false alarm, cost of a miss, ranked queue)")


@pytest.mark.parametrize("share, cost_fp, cost_fn, expected", [
    pytest.param(0.5, 1, 5, "recall_at_min_precision", id="misses-weigh-exactly-5x"),
    pytest.param(0.5, 1, 4.99, "accuracy", id="misses-weigh-just-under-5x"),
    pytest.param(0.5, 5, 1, "precision_at_min_recall", id="false-alarms-weigh-exactly-5x"),
    pytest.param(0.5, 4.99, 1, "accuracy", id="false-alarms-weigh-just-under-5x"),
])
def test_dominance_starts_at_exactly_five_times(share, cost_fp, cost_fn, expected):
    check(choose_metric(scenario(share, cost_fp, cost_fn)), expected,
          f"positive share {share}, cost_fp {cost_fp}, cost_fn {cost_fn}: one kind of error dominates when its "
          "weight is AT LEAST 5 times the other's (>=, not >)")


@pytest.mark.parametrize("share, expected", [
    pytest.param(0.2, "accuracy", id="share-exactly-0.2-is-balanced"),
    pytest.param(0.8, "accuracy", id="share-exactly-0.8-is-balanced"),
    pytest.param(0.19, "f1", id="share-0.19-is-imbalanced"),
    pytest.param(0.81, "f1", id="share-0.81-is-imbalanced"),
])
def test_balance_boundaries_are_inclusive(share, expected):
    check(choose_metric(scenario(share, 1, 1)), expected,
          f"with equal costs and a positive share of {share}: below 0.2 or above 0.8 is imbalanced (f1); 0.2 "
          "to 0.8 inclusive is balanced (accuracy)")


@pytest.mark.parametrize("share, cost_fp, cost_fn, expected, why", [
    pytest.param(0.08, 1, 5, "f1", "a miss costs 5 times a false alarm, but misses weigh 0.08 * 5 = 0.4 "
                 "against false alarms' 0.92 * 1: comparable", id="rare-positives-dear-misses"),
    pytest.param(0.9, 1, 1, "recall_at_min_precision", "equal costs, but 90% of cases are positive: misses "
                 "weigh 0.9 against 0.1", id="common-positives-equal-costs"),
    pytest.param(0.05, 1, 1, "precision_at_min_recall", "equal costs, but 95% of cases are negative: false "
                 "alarms weigh 0.95 against 0.05", id="rare-positives-equal-costs"),
])
def test_prevalence_weighs_the_costs(share, cost_fp, cost_fn, expected, why):
    check(choose_metric(scenario(share, cost_fp, cost_fn)), expected,
          f"positive share {share}, cost_fp {cost_fp}, cost_fn {cost_fn}: {why}. Weigh each cost by how often "
          "its error can happen")


costs = st.floats(0, 1e6, allow_nan=False)
scenarios = st.builds(Scenario, name=st.just("any"), positive_share=st.floats(0.001, 0.999),
                      cost_false_positive=costs, cost_false_negative=costs, ranks_for_review=st.booleans()).filter(
    lambda s: s.cost_false_positive > 0 or s.cost_false_negative > 0)


@given(scenarios)
@example(scenario(0.1, 1, 1)).via("imbalanced, equal costs")
@example(scenario(0.9, 1, 1)).via("imbalanced the other way")
def test_accuracy_is_never_chosen_for_imbalanced_classes(case):
    chosen = choose_metric(case)
    assert chosen in METRICS, f"{WHERE} returned {chosen!r}, not one of {METRICS}"
    if not 0.2 <= case.positive_share <= 0.8:
        assert chosen != "accuracy", (
            f"{WHERE} chose accuracy with {case.positive_share:.1%} positives: predicting the majority class "
            "alone scores high accuracy there")


@given(scenarios)
@example(scenario(0.5, 1, 5)).via("misses dominate at exactly 5x")
@example(scenario(0.3, 50, 1)).via("false alarms dominate")
def test_swapping_the_weights_swaps_the_constrained_metrics(case):
    mirrored = Scenario(case.name, 1 - case.positive_share, case.cost_false_negative,
                        case.cost_false_positive, case.ranks_for_review)
    pair = {"precision_at_min_recall": "recall_at_min_precision",
            "recall_at_min_precision": "precision_at_min_recall"}
    first, second = choose_metric(case), choose_metric(mirrored)
    if first in pair:
        assert second == pair[first], (
            f"{WHERE}: swapping which class is positive (share {case.positive_share} -> "
            f"{mirrored.positive_share}) and the two costs swaps the weights of misses and false alarms, so "
            f"{first!r} should become {pair[first]!r}; got {second!r}")


@given(scenarios)
@example(scenario(0.5, 1, 1000, queue=True)).via("a queue with dear misses")
def test_ranked_queues_are_judged_on_ranking(case):
    if case.ranks_for_review:
        assert choose_metric(case) == "average_precision", (
            f"{WHERE}: a ranked review queue is judged by how well positives rank near the top (average "
            "precision), whatever the costs")


@pytest.mark.parametrize("bad, why", [
    pytest.param(scenario(0.0, 1, 1), "a positive share of 0", id="share-0"),
    pytest.param(scenario(1.0, 1, 1), "a positive share of 1", id="share-1"),
    pytest.param(scenario(float("nan"), 1, 1), "a positive share of NaN (e.g. 0 positives of 0 cases)",
                 id="share-nan"),
    pytest.param(scenario(0.5, -1, 1), "a negative cost of a false positive", id="negative-cost-fp"),
    pytest.param(scenario(0.5, 1, -1), "a negative cost of a miss", id="negative-cost-fn"),
    pytest.param(scenario(0.5, 0, 0), "both costs 0 (nothing to optimise)", id="both-costs-zero"),
    pytest.param(scenario(1.0, 5, 500, queue=True), "a ranked queue whose positive share is 1", id="queue-share-1"),
    pytest.param(scenario(0.01, -5, 500, queue=True), "a ranked queue with a negative cost", id="queue-negative-cost"),
    pytest.param(scenario(0.01, 0, 0, queue=True), "a ranked queue where no mistake costs anything",
                 id="queue-both-costs-zero"),
])
def test_impossible_scenarios_are_rejected(bad, why):
    with must_raise(ValueError, f"{WHERE} must refuse {why}"):
        choose_metric(bad)
