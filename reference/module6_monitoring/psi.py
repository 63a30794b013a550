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
        actual: the new values. NaN values are dropped; infinite values are kept and land in
            the outer bins (a feed sending inf has moved, and PSI must show it).
        bins: how many quantile bins to aim for (at least 2).

    Returns:
        A finite float >= 0: 0 for identical samples. Rule of thumb (``psi_severity``): below
        0.1 stable, 0.1 to 0.25 a moderate shift, above 0.25 a major shift. The rule assumes
        large samples: sampling noise alone gives PSI an average of about
        ``(bins - 1) * (1 / len(expected) + 1 / len(actual))`` without any drift, about 0.19 for
        a 50-row window against 1000 reference rows with 10 bins.

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
    expected = _present_values(expected, "expected")
    actual = _present_values(actual, "actual")
    if bins < 2:
        raise ValueError(f"bins must be at least 2, got {bins}")
    inner_edges = np.unique(np.quantile(expected, np.arange(1, bins) / bins))
    expected_share = _bin_shares(expected, inner_edges)
    actual_share = _bin_shares(actual, inner_edges)
    # Each term is >= 0 (both factors share a sign), so the sum is never negative.
    return float(np.sum((actual_share - expected_share) * np.log(actual_share / expected_share)))


def _present_values(values: np.ndarray, name: str) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if values.size == 0:
        raise ValueError(f"{name} has no values (after dropping NaN)")
    return values


def _bin_shares(values: np.ndarray, inner_edges: np.ndarray) -> np.ndarray:
    index = np.searchsorted(inner_edges, values, side="right")  # 0 .. len(inner_edges)
    counts = np.bincount(index, minlength=len(inner_edges) + 1)
    share = counts / values.size
    return np.where(share == 0, EMPTY_BIN_SHARE, share)  # the empty-bin guard


def psi_severity(psi: float, *, n_expected: int | None = None, n_actual: int | None = None,
                 bins: int = 10) -> str:
    """Name a PSI value: ``"stable"`` below 0.1, ``"moderate"`` from 0.1 to below 0.25,
    ``"major"`` from 0.25 up.

    The fixed thresholds ignore sample size. Without drift, PSI averages about
    ``noise = (bins - 1) * (1 / n_expected + 1 / n_actual)`` (in large samples PSI behaves
    approximately like a chi-squared statistic with ``bins - 1`` degrees of freedom, scaled by
    ``1/n_expected + 1/n_actual``; with nearly empty bins the empty-bin floor adds more), so a
    50-row window against 1000 reference rows reads "moderate" on noise alone. When both
    sample sizes are given, the thresholds move up by that noise level: ``"stable"`` below
    ``0.1 + noise``, ``"moderate"`` below ``0.25 + noise``, ``"major"`` from there. This
    removes the average effect of noise, not its spread: with only a few rows per bin a single
    window's PSI still varies widely, so prefer longer windows or fewer bins.

    Args:
        psi: a value from ``population_stability_index``.
        n_expected: rows in the baseline sample, or None (both None: the fixed thresholds).
        n_actual: rows in the new sample, or None.
        bins: the number of bins the PSI used.

    Raises:
        ValueError: for a negative or NaN ``psi``; only one of the two sizes given; a size
            below 1; or ``bins < 2``.

    Example:
        >>> psi_severity(0.03), psi_severity(0.1), psi_severity(0.4)
        ('stable', 'moderate', 'major')
        >>> psi_severity(0.16), psi_severity(0.16, n_expected=1000, n_actual=50)
        ('moderate', 'stable')
    """
    if not psi >= 0:  # also catches NaN
        raise ValueError(f"PSI must be a number >= 0, got {psi}")
    if bins < 2:
        raise ValueError(f"bins must be at least 2, got {bins}")
    if (n_expected is None) != (n_actual is None):
        raise ValueError("give both sample sizes or neither")
    noise = 0.0
    if n_expected is not None and n_actual is not None:
        if n_expected < 1 or n_actual < 1:
            raise ValueError(f"sample sizes must be at least 1, got {n_expected} and {n_actual}")
        noise = (bins - 1) * (1 / n_expected + 1 / n_actual)
    if psi < 0.1 + noise:
        return "stable"
    return "moderate" if psi < 0.25 + noise else "major"
