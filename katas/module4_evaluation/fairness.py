"""Kata 4.6: per-group error rates and the largest gap between groups."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

RATE_COLUMNS = ["group", "rows", "positives", "negatives", "tpr", "fpr"]


def group_rates(y_true: Sequence[int] | np.ndarray, y_pred: Sequence[int] | np.ndarray,
                groups: Sequence | np.ndarray | pd.Series) -> pd.DataFrame:
    """True and false positive rates of binary predictions, per group.

    Args:
        y_true: 0/1 labels.
        y_pred: 0/1 predictions, same length.
        groups: the group of each row (e.g. generation, region, age band), same length.

    Returns:
        A DataFrame with exactly the columns ``RATE_COLUMNS``, one row per group, sorted by
        group: ``rows``; ``positives`` and ``negatives`` (rows truly 1 and truly 0); ``tpr``
        (true positives / positives: how many of the group's real positives the model finds)
        and ``fpr`` (false positives / negatives: how many of the group's negatives it wrongly
        flags). A rate whose denominator is 0 is NaN: the group has no such rows, so the rate
        does not exist (0.0 would invent a difference between groups).

    Raises:
        ValueError: if the lengths differ or the inputs are empty.

    Example:
        >>> group_rates([1, 0, 1, 0], [1, 1, 0, 0], ["a", "a", "b", "b"])[["group", "tpr", "fpr"]].values.tolist()
        [['a', 1.0, 1.0], ['b', 0.0, 0.0]]

    Why it matters: one overall recall can hide a group whose real cases the model misses
    twice as often. Equal opportunity asks for similar TPRs; equalised odds for similar FPRs too.
    """
    raise NotImplementedError("kata 4.6: implement group_rates")


def largest_gap(rates: pd.DataFrame, column: str = "tpr") -> float:
    """The largest difference in ``column`` between any two groups: max minus min.

    Groups where the rate is NaN (undefined) are left out. With fewer than two defined rates
    there is no gap to measure: return 0.0.

    Args:
        rates: a table from ``group_rates``.
        column: ``"tpr"`` or ``"fpr"``.

    Returns:
        The gap, a float in [0, 1].

    Example:
        >>> largest_gap(pd.DataFrame({"group": ["a", "b", "c"], "tpr": [0.9, 0.6, float("nan")]}))
        0.30000000000000004

    Why it matters: a fairness review needs one number to track release after release, and an
    alert when it grows.
    """
    raise NotImplementedError("kata 4.6: implement largest_gap")
