"""Kata 4.1: confusion counts, precision, recall and F1 from scratch, checked against scikit-learn.

Rules and the tests that enforce them:

1. ``confusion_counts`` counts tp, fp, fn, tn as scikit-learn does, as plain ints:
   ``test_confusion_counts_match_scikit_learn``.
2. ``precision`` divides by predicted positives, ``recall`` by actual positives, ``f1`` is
   ``2tp / (2tp + fp + fn)``: ``test_metrics_match_scikit_learn_with_zero_division_0``,
   ``test_precision_and_recall_are_not_swapped``.
3. Zero-division policy: 0.0, never NaN or an error, for each metric:
   ``test_zero_division_policy_on_one_class_inputs``.
4. Booleans are labels too: ``test_booleans_are_labels_too``.
5. ``Raises: ValueError`` for different lengths, empty arrays and labels other than 0/1
   (2, -1, and a fraction such as 0.5 that a cast to int would turn into 0):
   ``test_bad_inputs_are_rejected``.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import example, given, settings

from kata_framework.expect import must_raise
from kata_framework.strategies import labels_and_predictions
from katas.module4_evaluation.metrics import ConfusionCounts, confusion_counts, f1, precision, recall

FILE = "katas/module4_evaluation/metrics.py"


def scikit_learn_metrics():
    """``sklearn.metrics``, imported only once the learner's function has answered, so that an
    unfinished kata fails at once instead of waiting for scikit-learn to load."""
    import sklearn.metrics

    return sklearn.metrics


@given(labels_and_predictions())
@example((np.array([1, 1, 0, 0]), np.array([1, 0, 1, 0]))).via("one of each cell")
def test_confusion_counts_match_scikit_learn(pair):
    y_true, y_pred = pair
    counts = confusion_counts(y_true, y_pred)
    tn, fp, fn, tp = scikit_learn_metrics().confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()
    assert isinstance(counts, ConfusionCounts), f"confusion_counts ({FILE}) must return ConfusionCounts"
    assert (counts.tp, counts.fp, counts.fn, counts.tn) == (tp, fp, fn, tn), (
        f"confusion_counts ({FILE}) gave {counts} for y_true={y_true.tolist()}, y_pred={y_pred.tolist()}; "
        f"expected tp={tp}, fp={fp}, fn={fn}, tn={tn}. A false positive is predicted 1 but truly 0")
    assert all(type(v) is int for v in (counts.tp, counts.fp, counts.fn, counts.tn)), (
        f"confusion_counts ({FILE}) must hold plain ints, not NumPy scalars")


@pytest.mark.parametrize("name, ours, theirs", [
    ("precision", precision, "precision_score"),
    ("recall", recall, "recall_score"),
    ("f1", f1, "f1_score"),
], ids=["precision", "recall", "f1"])
@settings(max_examples=25)
@given(pair=labels_and_predictions())
@example(pair=(np.array([1, 1, 1, 1, 0, 0]), np.array([1, 0, 0, 0, 0, 0]))).via("precision 1.0, recall 0.25")
@example(pair=(np.array([1, 0]), np.array([0, 1]))).via("nothing right: P + R = 0")
def test_metrics_match_scikit_learn_with_zero_division_0(name, ours, theirs, pair):
    y_true, y_pred = pair
    value = ours(y_true, y_pred)
    expected = getattr(scikit_learn_metrics(), theirs)(y_true, y_pred, zero_division=0)
    assert isinstance(value, float) and not math.isnan(value), (
        f"{name} ({FILE}) returned {value!r} for y_true={y_true.tolist()}, y_pred={y_pred.tolist()}: "
        "return a float, and 0.0 when the denominator is zero (the stated zero-division policy)")
    assert value == pytest.approx(expected, abs=1e-12), (
        f"{name} ({FILE}) returned {value:.4f} for y_true={y_true.tolist()}, y_pred={y_pred.tolist()}; "
        f"scikit-learn says {expected:.4f}. Check the denominator: precision divides by predicted "
        "positives (tp + fp), recall by actual positives (tp + fn)")


@pytest.mark.parametrize("name, function", [("precision", precision), ("recall", recall), ("f1", f1)],
                         ids=["precision", "recall", "f1"])
def test_zero_division_policy_on_one_class_inputs(name, function):
    for y_true, y_pred in [([0, 0, 0], [0, 0, 0]), ([1, 1], [0, 0]), ([0, 0], [1, 1]), ([1, 0], [0, 1])]:
        value = function(y_true, y_pred)
        assert value == 0.0, (
            f"{name} ({FILE}) returned {value!r} for y_true={y_true}, y_pred={y_pred}; when there is "
            "nothing to divide by (or nothing right) the policy is 0.0, not NaN or an error")


def test_precision_and_recall_are_not_swapped():
    y_true, y_pred = [1, 1, 1, 1, 0, 0], [1, 0, 0, 0, 0, 0]  # one flag, correct; three missed
    assert precision(y_true, y_pred) == 1.0 and recall(y_true, y_pred) == 0.25, (
        f"precision/recall ({FILE}): one correct flag and three missed legendaries is precision 1.0 "
        f"(every flag right) and recall 0.25 (one of four found); got {precision(y_true, y_pred)}, "
        f"{recall(y_true, y_pred)}")


def test_booleans_are_labels_too():
    counts = confusion_counts([True, False, True], [True, True, False])
    assert counts == ConfusionCounts(1, 1, 1, 0), (
        f"confusion_counts ({FILE}) gave {counts} for booleans [True, False, True] vs [True, True, False]; "
        "True is the positive class: tp=1, fp=1, fn=1, tn=0")


@pytest.mark.parametrize("y_true, y_pred, why", [
    pytest.param([1, 0], [1], "labels and predictions of different lengths", id="mismatched-lengths"),
    pytest.param([], [], "empty arrays", id="no-rows"),
    pytest.param([0, 2], [0, 1], "the label 2 (only 0/1 or booleans are binary labels)", id="label-2"),
    pytest.param([0, 1], [0, -1], "the prediction -1", id="prediction-minus-1"),
    pytest.param([0, 1, 0.5], [0, 1, 1], "the label 0.5 (a probability is not a label)", id="label-0.5"),
])
def test_bad_inputs_are_rejected(y_true, y_pred, why):
    with must_raise(ValueError, f"confusion_counts ({FILE}) must refuse {why}"):
        confusion_counts(np.array(y_true), np.array(y_pred))
