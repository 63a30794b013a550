"""Kata 4.6: per-group error rates with their counts and intervals, and the largest gap between
groups large enough to measure."""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist

import numpy as np
import pandas as pd

RATE_COLUMNS = ["group", "rows", "positives", "negatives", "tpr", "tpr_low", "tpr_high", "fpr", "fpr_low",
                "fpr_high"]
DENOMINATORS = {"tpr": "positives", "fpr": "negatives"}  #: the count each rate divides by


def group_rates(y_true: Sequence[int] | np.ndarray, y_pred: Sequence[int] | np.ndarray,
                groups: Sequence | np.ndarray | pd.Series) -> pd.DataFrame:
    """True and false positive rates of binary predictions per group, with counts and 95% intervals.

    Args:
        y_true: 0/1 labels.
        y_pred: 0/1 predictions, same length.
        groups: the group of each row (e.g. generation, region, age band), same length. The three
            are matched by position, never by a pandas index.

    Returns:
        A DataFrame with exactly the columns ``RATE_COLUMNS``, one row per group, sorted by
        group: ``rows``; ``positives`` and ``negatives`` (rows truly 1 and truly 0); ``tpr``
        (true positives / positives: how many of the group's real positives the model finds)
        and ``fpr`` (false positives / negatives: how many of the group's negatives it wrongly
        flags), each with the bounds of its 95% Wilson interval (``tpr_low``, ``tpr_high``,
        ``fpr_low``, ``fpr_high``; Clopper–Pearson bounds are accepted too; kata 4.5's
        ``proportion_interval`` computes either), within [0, 1]. A rate whose denominator is 0 is
        NaN, and so are its bounds: the group has no such rows, so the rate does not exist (0.0
        would invent a difference between groups).

    Raises:
        ValueError: if the lengths differ or the inputs are empty.

    Example:
        >>> group_rates([1, 0, 1, 0], [1, 1, 0, 0], ["a", "a", "b", "b"])[["group", "tpr", "fpr"]].values.tolist()
        [['a', 1.0, 1.0], ['b', 0.0, 0.0]]

    Why it matters: one overall recall can hide a group whose real cases the model misses
    twice as often. Equal opportunity asks for similar TPRs; equalised odds for similar FPRs too.
    And a rate from 4 positives is a guess: the interval beside it says how wide.
    """
    raise NotImplementedError("kata 4.6: implement group_rates")


def largest_gap(rates: pd.DataFrame, column: str = "tpr", *, min_count: int = 30) -> float:
    """The largest difference in ``column`` between two groups large enough to measure it.

    Only groups whose rate is defined and whose denominator (``positives`` for ``"tpr"``,
    ``negatives`` for ``"fpr"``) is at least ``min_count`` take part; the others are too small
    to alert on (report them with their intervals instead). With fewer than two such groups
    there is no gap to measure: return 0.0.

    Args:
        rates: a table from ``group_rates``.
        column: ``"tpr"`` or ``"fpr"``.
        min_count: the smallest denominator a group needs to take part, at least 1.

    Returns:
        The gap, max minus min over the groups that take part, a float in [0, 1].

    Raises:
        ValueError: if ``min_count`` is below 1.

    Example:
        >>> table = pd.DataFrame({"group": ["a", "b", "c"], "positives": [40, 50, 3],
        ...                       "tpr": [0.9, 0.6, 0.0]})
        >>> round(largest_gap(table, min_count=30), 3)  # c has only 3 positives
        0.3

    Why it matters: a fairness review needs one number to track release after release, and an
    alert when it grows. A max-minus-min over every group alerts on the smallest group's luck:
    one positive more or less in a group of 5 moves its TPR by 0.2.
    """
    raise NotImplementedError("kata 4.6: implement largest_gap")
