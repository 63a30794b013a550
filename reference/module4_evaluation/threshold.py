"""Kata 4.4: the decision threshold that minimises expected business cost."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np


def expected_cost(y_true: Sequence[int] | np.ndarray, scores: Sequence[float] | np.ndarray,
                  threshold: float, *, cost_fp: float, cost_fn: float) -> float:
    """Total cost of acting on ``scores >= threshold``: ``cost_fp * FP + cost_fn * FN``.

    Args:
        y_true: 0/1 labels.
        scores: predicted probabilities (or any scores), same length.
        threshold: flag a row when its score is at least this (``math.inf`` flags nothing).
        cost_fp: cost of one false positive (flagged, truly 0).
        cost_fn: cost of one false negative (not flagged, truly 1).

    Returns:
        The total cost as a float.

    Raises:
        ValueError: if the lengths differ, the arrays are empty, or a score is NaN (a NaN
            compares false with every threshold, so its row would silently never be flagged).

    Example:
        >>> expected_cost([1, 0, 1], [0.9, 0.6, 0.2], 0.5, cost_fp=1, cost_fn=10)
        11.0

    Why it matters: "accuracy at 0.5" prices every mistake the same. The business does not.
    """
    truth, scores = _checked(y_true, scores)
    flagged = scores >= threshold
    return float(cost_fp * np.sum(flagged & ~truth) + cost_fn * np.sum(~flagged & truth))


def cost_minimising_threshold(y_true: Sequence[int] | np.ndarray, scores: Sequence[float] | np.ndarray, *,
                              cost_fp: float, cost_fn: float) -> tuple[float, float]:
    """The threshold with the lowest ``expected_cost`` on these (validation) labels and scores.

    Flagging changes only when the threshold crosses a score, so it is enough to try every
    distinct score as a threshold, plus ``math.inf`` (flag nothing). The result is never worse
    than 0.5 or any other threshold on the same data. Ties: any threshold with the minimum cost
    is correct (the highest of them flags fewest rows). One-class labels work: all negatives
    gives a threshold above every score and cost 0.

    The cost returned is measured on the same labels that chose the threshold, so it is
    optimistic: use it to choose, and ``held_out_cost`` to report.

    Args:
        y_true: 0/1 labels.
        scores: predicted probabilities, same length, no NaN.
        cost_fp: cost of one false positive (>= 0).
        cost_fn: cost of one false negative (>= 0).

    Returns:
        ``(threshold, cost)``: the threshold and its ``expected_cost``.

    Raises:
        ValueError: for empty or mismatched inputs, or NaN scores.

    Example:
        >>> cost_minimising_threshold([1, 0, 1, 0], [0.9, 0.6, 0.3, 0.1], cost_fp=1, cost_fn=10)
        (0.3, 1.0)

    Why it matters: when a missed fraud costs fifty times a phone call to the customer, the
    best threshold is far below 0.5, and the default leaves money on the table every day.
    """
    truth, scores = _checked(y_true, scores)
    candidates = [math.inf, *sorted(set(scores.tolist()), reverse=True)]  # highest first wins ties
    costs = [expected_cost(truth, scores, t, cost_fp=cost_fp, cost_fn=cost_fn) for t in candidates]
    best = int(np.argmin(costs))
    return candidates[best], costs[best]


def held_out_cost(y_val: Sequence[int] | np.ndarray, scores_val: Sequence[float] | np.ndarray,
                  y_test: Sequence[int] | np.ndarray, scores_test: Sequence[float] | np.ndarray, *,
                  cost_fp: float, cost_fn: float) -> tuple[float, float]:
    """Choose the threshold on validation rows, then price it on held-out rows.

    The threshold is ``cost_minimising_threshold`` of the validation labels and scores (or of
    out-of-fold predictions on the training rows); the held-out labels play no part in choosing
    it, so changing only them never moves it. The cost is ``expected_cost`` of the held-out rows
    at that threshold.

    Args:
        y_val: validation 0/1 labels.
        scores_val: the model's scores on the validation rows, same length, no NaN.
        y_test: held-out 0/1 labels.
        scores_test: the model's scores on the held-out rows, same length, no NaN.
        cost_fp: cost of one false positive (>= 0).
        cost_fn: cost of one false negative (>= 0).

    Returns:
        ``(threshold, held_out_cost)``.

    Raises:
        ValueError: for empty or mismatched inputs, or NaN scores, in either pair.

    Example:
        >>> held_out_cost([1, 0, 1, 0], [0.9, 0.6, 0.3, 0.1], [1, 1, 0], [0.8, 0.2, 0.4], cost_fp=1, cost_fn=10)
        (0.3, 11.0)

    Why it matters: a threshold chosen on the rows it is scored on fits their noise, and the
    cost it reports is the best case, not what next month will cost. Choose on one set of
    rows, report on another, as with any tuned setting.
    """
    threshold, _ = cost_minimising_threshold(y_val, scores_val, cost_fp=cost_fp, cost_fn=cost_fn)
    truth, scores = _checked(y_test, scores_test)
    return threshold, expected_cost(truth, scores, threshold, cost_fp=cost_fp, cost_fn=cost_fn)


def _checked(y_true, scores) -> tuple[np.ndarray, np.ndarray]:
    truth = np.asarray(y_true).astype(bool)
    values = np.asarray(scores, dtype=float)
    if len(truth) != len(values) or len(truth) == 0:
        raise ValueError(f"need non-empty labels and scores of equal length, got {len(truth)} and {len(values)}")
    if np.isnan(values).any():
        raise ValueError("scores contain NaN")
    return truth, values
