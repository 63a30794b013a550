"""Kata 3.7: estimate how long training will take before paying for it."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, clone


@dataclass
class FitTimeEstimate:
    """How long a fit on the full data should take, with a range."""

    seconds: float  #: the estimate at target_rows
    low: float  #: the estimate with the smallest growth exponent seen
    high: float  #: the estimate with the largest growth exponent seen
    exponent: float  #: b of seconds = a * rows ** b, fitted through every measured size


def estimate_fit_seconds(model: BaseEstimator, X: pd.DataFrame | np.ndarray, y: pd.Series | np.ndarray, *,
                         target_rows: int, seed: int = 0) -> FitTimeEstimate:
    """Predict how many seconds fitting ``model`` on ``target_rows`` rows will take, with a range.

    Never fit on more than ``largest = target_rows // 4`` rows: the point is to know the cost
    before paying it. Measure at least three sizes up to ``largest`` (e.g. ``largest // 4``,
    ``largest // 2`` and ``largest``: much smaller samples are dominated by fixed overheads and
    timer noise). For each size draw the rows without replacement with
    ``numpy.random.default_rng(seed)`` (a row drawn twice is not a bigger sample), fit a fresh
    clone at least three times and keep the fastest time (noise only ever adds time; a mean
    would let one hiccup of a busy machine bend the curve).

    Then, with ``t_max`` the time at ``largest``:

    * ``exponent``: the slope ``b`` of the least-squares line through ``log(rows)``,
      ``log(seconds)`` of all sizes (``numpy.polyfit``): fit time grows like ``rows ** b``, and
      ``b`` is often above 1, so "four times the rows, four times the time" is wrong for many
      models;
    * ``seconds = t_max * (target_rows / largest) ** exponent``;
    * ``low`` and ``high``: the same extrapolation with the smallest and the largest of
      ``exponent`` and the local slopes between neighbouring sizes. Where the slopes disagree
      (a fixed overhead fading, a cache filling up) the range widens: the cost is less certain.

    Args:
        model: an unfitted estimator.
        X: features with at least ``target_rows // 4`` rows.
        y: labels aligned with ``X`` by position.
        target_rows: the size of the real training set.
        seed: seed for drawing the subsamples.

    Returns:
        A ``FitTimeEstimate`` with ``0 < low <= seconds <= high``.

    Raises:
        ValueError: if ``target_rows // 4`` is under 16 rows or larger than ``len(X)``.

    Example:
        >>> estimate_fit_seconds(RandomForestClassifier(), X, y, target_rows=4 * len(X)).seconds
        1.9

    Why it matters: before an eight-hour training run you want to know it is eight hours, not
    eighty, and which knob (rows, trees, depth) moves that number.
    """
    raise NotImplementedError("kata 3.7: implement estimate_fit_seconds")
