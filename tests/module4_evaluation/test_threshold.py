"""Kata 4.4: the threshold that minimises expected business cost (exercise 4.3)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kata_framework.strategies import labels_and_scores
from katas.module4_evaluation.threshold import cost_minimising_threshold, expected_cost

FILE = "katas/module4_evaluation/threshold.py"
WHERE = f"cost_minimising_threshold ({FILE})"


def cost_at(y_true, scores, threshold, cost_fp, cost_fn):
    """The test's own pricing of a threshold: flag when score >= threshold."""
    flagged = np.asarray(scores) >= threshold
    truth = np.asarray(y_true).astype(bool)
    return cost_fp * np.sum(flagged & ~truth) + cost_fn * np.sum(~flagged & truth)


costs = st.sampled_from([0.0, 1.0, 2.0, 5.0, 10.0, 50.0])


@given(labels_and_scores(), costs, costs)
def test_expected_cost_prices_the_mistakes(pair, cost_fp, cost_fn):
    y_true, scores = pair
    for threshold in (0.0, 0.5, 1.0, math.inf):
        value = expected_cost(y_true, scores, threshold, cost_fp=cost_fp, cost_fn=cost_fn)
        assert value == pytest.approx(cost_at(y_true, scores, threshold, cost_fp, cost_fn)), (
            f"expected_cost ({FILE}) at threshold {threshold} returned {value}; flag scores >= threshold and "
            f"charge cost_fp per false positive and cost_fn per false negative (y_true={y_true.tolist()}, "
            f"scores={scores.tolist()})")


@given(labels_and_scores(), costs, costs)
def test_the_chosen_threshold_is_never_beaten(pair, cost_fp, cost_fn):
    y_true, scores = pair
    threshold, cost = cost_minimising_threshold(y_true, scores, cost_fp=cost_fp, cost_fn=cost_fn)
    actual = cost_at(y_true, scores, threshold, cost_fp, cost_fn)
    assert cost == pytest.approx(actual), (
        f"{WHERE} returned cost {cost} but threshold {threshold} actually costs {actual}")
    rivals = {0.5: "the default 0.5", -math.inf: "flagging everything", math.inf: "flagging nothing"}
    rivals.update({float(s): f"threshold {s}" for s in scores})
    for rival, name in rivals.items():
        rival_cost = cost_at(y_true, scores, rival, cost_fp, cost_fn)
        assert actual <= rival_cost + 1e-9, (
            f"{WHERE} chose {threshold} costing {actual}, but {name} costs {rival_cost} "
            f"(y_true={y_true.tolist()}, scores={scores.tolist()}, cost_fp={cost_fp}, cost_fn={cost_fn}). "
            "Try every distinct score as a threshold, and infinity (flag nothing)")


def test_expensive_misses_pull_the_threshold_down():
    rng = np.random.default_rng(0)
    y_true = (rng.random(2000) < 0.08).astype(int)
    scores = np.clip(0.25 * y_true + rng.normal(0.3, 0.15, 2000), 0, 1)
    cheap_threshold, _ = cost_minimising_threshold(y_true, scores, cost_fp=1, cost_fn=1)
    threshold, cost = cost_minimising_threshold(y_true, scores, cost_fp=1, cost_fn=50)
    assert threshold < 0.5 and cost < cost_at(y_true, scores, 0.5, 1, 50), (
        f"{WHERE}: when a miss costs 50 times a false alarm the best threshold is well below 0.5; got "
        f"{threshold} costing {cost} vs {cost_at(y_true, scores, 0.5, 1, 50)} at 0.5")
    assert threshold <= cheap_threshold, f"{WHERE}: dearer misses must never raise the threshold"


@pytest.mark.parametrize("labels, best_cost", [([0, 0, 0, 0], 0.0), ([1, 1, 1], 0.0)])
def test_one_class_labels_cost_nothing(labels, best_cost):
    scores = np.linspace(0.1, 0.9, len(labels))
    threshold, cost = cost_minimising_threshold(labels, scores, cost_fp=1, cost_fn=5)
    assert cost == best_cost and cost_at(labels, scores, threshold, 1, 5) == 0, (
        f"{WHERE}: with labels {labels} a threshold that flags nothing (all negative) or everything (all "
        f"positive) costs 0; got threshold {threshold}, cost {cost}")


@pytest.mark.parametrize("y_true, scores", [([], []), ([1, 0], [0.5]), ([1, 0], [0.5, float("nan")])])
def test_bad_inputs_are_rejected(y_true, scores):
    with pytest.raises(ValueError):
        cost_minimising_threshold(y_true, scores, cost_fp=1, cost_fn=1)
