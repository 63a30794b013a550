"""Kata 4.4: the threshold that minimises expected business cost (exercise 4.3).

Rules and the tests that enforce them:

1. ``expected_cost`` flags a row when its score is AT LEAST the threshold (a score equal to the
   threshold is flagged) and charges ``cost_fp`` per false positive, ``cost_fn`` per false
   negative: ``test_expected_cost_prices_the_mistakes``, ``test_a_score_equal_to_the_threshold_is_flagged``.
2. ``cost_minimising_threshold`` is never beaten by 0.5, by flagging nothing or everything, or by
   any score used as a threshold, and reports the true cost of its threshold:
   ``test_the_chosen_threshold_is_never_beaten``, ``test_expensive_misses_pull_the_threshold_down``.
3. One-class labels cost nothing: ``test_one_class_labels_cost_nothing``.
4. ``held_out_cost`` chooses on the validation rows only (changing only the held-out labels
   never moves the threshold) and reports the held-out rows' cost at it:
   ``test_held_out_labels_never_move_the_threshold``, ``test_held_out_cost_prices_the_held_out_rows``.
5. ``Raises: ValueError`` for empty or mismatched inputs and NaN scores, in every function and
   in either pair of ``held_out_cost``: ``test_bad_inputs_are_rejected``,
   ``test_bad_held_out_inputs_are_rejected``.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from kata_framework.strategies import labels_and_scores
from katas.module4_evaluation.threshold import cost_minimising_threshold, expected_cost, held_out_cost

FILE = "katas/module4_evaluation/threshold.py"
WHERE = f"cost_minimising_threshold ({FILE})"


def cost_at(y_true, scores, threshold, cost_fp, cost_fn):
    """The test's own pricing of a threshold: flag when score >= threshold."""
    flagged = np.asarray(scores) >= threshold
    truth = np.asarray(y_true).astype(bool)
    return cost_fp * np.sum(flagged & ~truth) + cost_fn * np.sum(~flagged & truth)


costs = st.sampled_from([0.0, 1.0, 2.0, 5.0, 10.0, 50.0])


@given(labels_and_scores(), costs, costs)
@example((np.array([1, 0]), np.array([0.5, 0.5])), 1.0, 10.0).via("scores exactly at the threshold 0.5")
def test_expected_cost_prices_the_mistakes(pair, cost_fp, cost_fn):
    y_true, scores = pair
    for threshold in (0.0, 0.5, 1.0, math.inf):
        value = expected_cost(y_true, scores, threshold, cost_fp=cost_fp, cost_fn=cost_fn)
        assert value == pytest.approx(cost_at(y_true, scores, threshold, cost_fp, cost_fn)), (
            f"expected_cost ({FILE}) at threshold {threshold} returned {value}; flag scores >= threshold and "
            f"charge cost_fp per false positive and cost_fn per false negative (y_true={y_true.tolist()}, "
            f"scores={scores.tolist()})")


@given(labels_and_scores(), costs, costs)
@example((np.array([1, 0, 1, 0]), np.array([0.9, 0.6, 0.3, 0.1])), 1.0, 10.0).via("the docstring's example")
@example((np.array([0, 0]), np.array([0.2, 0.7])), 1.0, 1.0).via("no positives: flag nothing")
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


def test_a_score_equal_to_the_threshold_is_flagged():
    cost = expected_cost([0, 1], [0.4, 0.4], 0.4, cost_fp=1, cost_fn=100)
    assert cost == 1.0, (
        f"expected_cost ({FILE}) returned {cost} for labels [0, 1], scores [0.4, 0.4] at threshold 0.4; both rows "
        "are flagged (score >= threshold), so the cost is one false positive, 1.0. Use >=, not >")


def varied_validation_and_test():
    """Validation rows whose best threshold differs from the one the held-out labels would pick."""
    rng = np.random.default_rng(7)
    y_val = (rng.random(300) < 0.3).astype(int)
    scores_val = np.round(np.clip(0.35 * y_val + rng.normal(0.3, 0.15, 300), 0, 1), 3)
    y_test = (rng.random(200) < 0.3).astype(int)
    scores_test = np.round(np.clip(0.35 * y_test + rng.normal(0.3, 0.15, 200), 0, 1), 3)
    return y_val, scores_val, y_test, scores_test


def min_cost(y_true, scores, cost_fp, cost_fn):
    return min(cost_at(y_true, scores, t, cost_fp, cost_fn) for t in [math.inf, *np.unique(scores)])


def test_held_out_labels_never_move_the_threshold():
    y_val, scores_val, y_test, scores_test = varied_validation_and_test()
    relabelled = 1 - y_test  # the held-out labels changed, nothing else
    first, _ = held_out_cost(y_val, scores_val, y_test, scores_test, cost_fp=1, cost_fn=5)
    second, _ = held_out_cost(y_val, scores_val, relabelled, scores_test, cost_fp=1, cost_fn=5)
    assert first == second, (
        f"held_out_cost ({FILE}) chose threshold {first}, then {second} after only the HELD-OUT labels changed: "
        "choose the threshold on the validation rows alone and use the held-out rows only to price it")
    assert cost_at(y_val, scores_val, first, 1, 5) == min_cost(y_val, scores_val, 1, 5), (
        f"held_out_cost ({FILE}) chose threshold {first}, which costs {cost_at(y_val, scores_val, first, 1, 5)} on "
        f"the validation rows; the best there costs {min_cost(y_val, scores_val, 1, 5)}. Choose with "
        "cost_minimising_threshold on the validation labels and scores")


def test_held_out_cost_prices_the_held_out_rows():
    y_val, scores_val, y_test, scores_test = varied_validation_and_test()
    threshold, cost = held_out_cost(y_val, scores_val, y_test, scores_test, cost_fp=1, cost_fn=5)
    actual = cost_at(y_test, scores_test, threshold, 1, 5)
    on_validation = cost_at(y_val, scores_val, threshold, 1, 5)
    assert cost == pytest.approx(actual), (
        f"held_out_cost ({FILE}) reported {cost}; threshold {threshold} costs {actual} on the held-out rows "
        f"(and {on_validation} on the validation rows). Report the held-out rows' cost: the validation cost "
        "is optimistic, it chose the threshold")


@pytest.mark.parametrize("y_true, scores", [
    pytest.param([], [], id="no-rows"),
    pytest.param([1, 0], [0.5], id="fewer-scores-than-labels"),
    pytest.param([1, 0], [0.5, float("nan")], id="nan-score"),
])
def test_bad_inputs_are_rejected(y_true, scores):
    with must_raise(ValueError, f"{WHERE} must refuse labels {y_true} with scores {scores}"):
        cost_minimising_threshold(y_true, scores, cost_fp=1, cost_fn=1)
    with must_raise(ValueError, f"expected_cost ({FILE}) must refuse labels {y_true} with scores {scores}"):
        expected_cost(y_true, scores, 0.5, cost_fp=1, cost_fn=1)


@pytest.mark.parametrize("bad_side", ["validation", "held-out"])
@pytest.mark.parametrize("y_true, scores", [
    pytest.param([], [], id="no-rows"),
    pytest.param([1, 0], [0.5], id="fewer-scores-than-labels"),
    pytest.param([1, 0], [0.5, float("nan")], id="nan-score"),
])
def test_bad_held_out_inputs_are_rejected(bad_side, y_true, scores):
    good = ([1, 0, 1], [0.8, 0.3, 0.6])
    pairs = (y_true, scores, *good) if bad_side == "validation" else (*good, y_true, scores)
    with must_raise(ValueError, f"held_out_cost ({FILE}) must refuse {bad_side} labels {y_true} with scores {scores}"):
        held_out_cost(*pairs, cost_fp=1, cost_fn=1)
