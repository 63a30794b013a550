"""Kata 3.7: estimate how long training will take before paying for it."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, clone


def estimate_fit_seconds(model: BaseEstimator, X: pd.DataFrame | np.ndarray, y: pd.Series | np.ndarray, *,
                         target_rows: int, seed: int = 0) -> float:
    """Predict how many seconds fitting ``model`` on ``target_rows`` rows will take.

    Never fit on more than ``target_rows // 4`` rows: the point is to know the cost before
    paying it. Fit fresh clones on random subsamples of at least two sizes up to that limit
    (e.g. an eighth and a quarter of ``target_rows``: much smaller samples are dominated by
    fixed overheads and timer noise; rows drawn without replacement with
    ``numpy.random.default_rng(seed)``), time each size several times and keep the fastest
    (noise only ever adds time), then fit a power law ``seconds = a * rows ** b`` through the points
    (a straight line through ``log(rows)``, ``log(seconds)``, e.g. ``numpy.polyfit``) and
    evaluate it at ``target_rows``. Fit time often grows faster than the rows: a straight
    "four times the rows, four times the time" guess is wrong for many models.

    Args:
        model: an unfitted estimator.
        X: features with at least ``target_rows // 4`` rows.
        y: labels aligned with ``X``.
        target_rows: the size of the real training set.
        seed: seed for drawing the subsamples.

    Returns:
        The estimated fit time at ``target_rows`` rows, in seconds (> 0).

    Raises:
        ValueError: if ``target_rows // 4`` is under 8 rows or larger than ``len(X)``.

    Example:
        >>> estimate_fit_seconds(RandomForestClassifier(), X, y, target_rows=4 * len(X))
        1.9

    Why it matters: before an eight-hour training run you want to know it is eight hours, not
    eighty, and which knob (rows, trees, depth) moves that number.
    """
    raise NotImplementedError("kata 3.7: implement estimate_fit_seconds")
