"""Kata 4.1: confusion counts, precision, recall and F1 from scratch, with a zero-division policy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

Labels = Sequence[int] | Sequence[bool] | np.ndarray


@dataclass(frozen=True)
class ConfusionCounts:
    """The four cells of a binary confusion matrix (positive class = 1)."""

    tp: int  #: predicted 1, truly 1
    fp: int  #: predicted 1, truly 0
    fn: int  #: predicted 0, truly 1
    tn: int  #: predicted 0, truly 0


def confusion_counts(y_true: Labels, y_pred: Labels) -> ConfusionCounts:
    """Count true/false positives/negatives of binary predictions.

    Args:
        y_true: the true labels, 0/1 or False/True.
        y_pred: the predicted labels, same length and values.

    Returns:
        A ``ConfusionCounts`` with plain ``int`` fields.

    Raises:
        ValueError: if the lengths differ, the arrays are empty, or a label is not 0/1.

    Example:
        >>> confusion_counts([1, 1, 0, 0], [1, 0, 1, 0])
        ConfusionCounts(tp=1, fp=1, fn=1, tn=1)

    Why it matters: every classification metric is a ratio of these four numbers. Knowing them
    by heart is how you spot a metric that is computed over the wrong denominator.
    """
    raise NotImplementedError("kata 4.1: implement confusion_counts")


def precision(y_true: Labels, y_pred: Labels) -> float:
    """Of the rows predicted positive, the share truly positive: ``tp / (tp + fp)``.

    Zero-division policy: with no positive predictions (``tp + fp == 0``) return ``0.0`` (the
    same as scikit-learn's ``precision_score(..., zero_division=0)``). Never NaN, never an error.

    Example:
        >>> precision([1, 1, 0, 0], [1, 0, 1, 0]), precision([1, 0], [0, 0])
        (0.5, 0.0)

    Why it matters: precision is what a reviewer sees: of the cases we flagged, how many were
    real. A spam filter with low precision hides real mail.
    """
    raise NotImplementedError("kata 4.1: implement precision")


def recall(y_true: Labels, y_pred: Labels) -> float:
    """Of the truly positive rows, the share predicted positive: ``tp / (tp + fn)``.

    Zero-division policy: with no positive rows (``tp + fn == 0``) return ``0.0``.

    Example:
        >>> recall([1, 1, 0, 0], [1, 0, 1, 0]), recall([0, 0], [1, 0])
        (0.5, 0.0)

    Why it matters: recall is what the missed cases cost: of the cancers, how many we found.
    """
    raise NotImplementedError("kata 4.1: implement recall")


def f1(y_true: Labels, y_pred: Labels) -> float:
    """The harmonic mean of precision and recall: ``2 tp / (2 tp + fp + fn)``.

    Zero-division policy: when ``tp + fp + fn == 0`` (no positives anywhere) return ``0.0``.

    Example:
        >>> f1([1, 1, 0, 0], [1, 0, 1, 0])
        0.5

    Why it matters: one number that is high only when both precision and recall are; the
    natural headline for a rare class, where accuracy says nothing.
    """
    raise NotImplementedError("kata 4.1: implement f1")
