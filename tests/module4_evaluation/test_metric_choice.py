"""Kata 4.2: the metric for each business scenario (exercise 4.1)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from katas.module4_evaluation.metric_choice import METRICS, SCENARIOS, Scenario, choose_metric

FILE = "katas/module4_evaluation/metric_choice.py"

EXPECTED = {
    "cancer_screening": ("recall", "a missed cancer costs 500 times a follow-up test"),
    "spam_filter": ("precision", "a real mail lost in the spam folder costs 50 times a spam let through"),
    "fraud_review_queue": ("average_precision", "analysts work down a ranked queue"),
    "legendary_newsletter": ("f1", "8% positives and comparable costs: accuracy would reward flagging nothing"),
    "photo_sorter": ("accuracy", "balanced classes and equal costs"),
}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_five_scenarios(key):
    metric, why = EXPECTED[key]
    chosen = choose_metric(SCENARIOS[key])
    assert chosen == metric, (
        f"choose_metric ({FILE}) picked {chosen!r} for {SCENARIOS[key].name}; expected {metric!r}: {why}")


costs = st.floats(0, 1e6, allow_nan=False)
scenarios = st.builds(Scenario, name=st.just("any"), positive_share=st.floats(0.001, 0.999),
                      cost_false_positive=costs, cost_false_negative=costs, ranks_for_review=st.booleans())


@given(scenarios)
def test_accuracy_is_never_chosen_for_imbalanced_classes(scenario):
    chosen = choose_metric(scenario)
    assert chosen in METRICS, f"choose_metric ({FILE}) returned {chosen!r}, not one of {METRICS}"
    if not 0.2 <= scenario.positive_share <= 0.8:
        assert chosen != "accuracy", (
            f"choose_metric ({FILE}) chose accuracy with {scenario.positive_share:.1%} positives: predicting "
            "the majority class alone scores high accuracy there")


@given(scenarios)
def test_swapping_the_costs_swaps_precision_and_recall(scenario):
    swapped = Scenario(scenario.name, scenario.positive_share, scenario.cost_false_negative,
                       scenario.cost_false_positive, scenario.ranks_for_review)
    pair = {"precision": "recall", "recall": "precision"}
    first, second = choose_metric(scenario), choose_metric(swapped)
    if first in pair and scenario.cost_false_positive != scenario.cost_false_negative:
        assert second == pair[first], (
            f"choose_metric ({FILE}): with the costs of false alarms and misses swapped, {first!r} should "
            f"become {pair[first]!r}, got {second!r}")


@given(scenarios)
def test_ranked_queues_are_judged_on_ranking(scenario):
    if scenario.ranks_for_review:
        assert choose_metric(scenario) == "average_precision", (
            f"choose_metric ({FILE}): a ranked review queue is judged by how well positives rank near the "
            "top (average precision), whatever the costs")


@pytest.mark.parametrize("bad", [Scenario("x", 0.0, 1, 1), Scenario("x", 1.0, 1, 1), Scenario("x", 0.5, -1, 1)])
def test_impossible_scenarios_are_rejected(bad):
    with pytest.raises(ValueError):
        choose_metric(bad)
