"""Kata 6.1: the population stability index, safe when a bin is empty."""

from __future__ import annotations

import numpy as np

EMPTY_BIN_SHARE = 1e-4


def population_stability_index(expected: np.ndarray, actual: np.ndarray, bins: int = 10) -> float:
    """How far ``actual``'s distribution has moved from ``expected``'s (PSI).

    Method:

    1. Bin edges: the quantiles of ``expected`` at 1/bins, 2/bins, ... (bins - 1)/bins,
       duplicates removed; the outer bins are open (everything below the first edge, and
       everything from the last edge up). So ``expected`` spreads about evenly over the bins,
       and values outside its range still land somewhere.
    2. The share of each sample in each bin; a share of 0 is replaced by ``EMPTY_BIN_SHARE``
       (1e-4), or the logarithm below is infinite.
    3. ``PSI = sum((actual_share - expected_share) * ln(actual_share / expected_share))``.

    Args:
        expected: the baseline values (training or a reference week). NaN values are dropped.
        actual: the new values. NaN values are dropped.
        bins: how many quantile bins to aim for (at least 2).

    Returns:
        A finite float >= 0: 0 for identical samples. Rule of thumb: below 0.1 stable,
        0.1 to 0.25 a moderate shift, above 0.25 a major shift.

    Raises:
        ValueError: if either sample is empty after dropping NaN, or ``bins < 2``.

    Example:
        >>> population_stability_index(np.arange(100), np.arange(100))
        0.0
        >>> population_stability_index(np.arange(100), np.arange(100) + 50) > 0.25
        True

    Why: PSI is one number per feature per day that a dashboard can plot and an alert can
    threshold. Without the empty-bin guard it turns into infinity the first time a shifted
    batch leaves a bin empty, which is exactly when you need it.
    """
    raise NotImplementedError("kata 6.1: implement population_stability_index")


def psi_severity(psi: float) -> str:
    """Name a PSI value: ``"stable"`` below 0.1, ``"moderate"`` from 0.1 to below 0.25,
    ``"major"`` from 0.25 up.

    Raises:
        ValueError: for a negative or NaN ``psi``.

    Example:
        >>> psi_severity(0.03), psi_severity(0.1), psi_severity(0.4)
        ('stable', 'moderate', 'major')
    """
    raise NotImplementedError("kata 6.1: implement psi_severity")
