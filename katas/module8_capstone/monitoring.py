"""Kata 8.7: drift detection, alert thresholds that ignore blips, and incident runbooks."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

EPSILON = 1e-4  # floor for a bin's share, so an empty bin gives a large but finite PSI


def population_stability_index(reference: pd.Series, current: pd.Series, bins: int = 10) -> float:
    """How far ``current`` has drifted from ``reference``: the population stability index.

    ``PSI = sum((c - r) * ln(c / r))`` over bins, where ``r`` and ``c`` are the shares of
    reference and current values in each bin. Rules of thumb: below 0.1 stable, 0.1–0.25 a
    moderate shift, above 0.25 a major shift.

    Args:
        reference: the values the model was trained on.
        current: the values seen in production.
        bins: for numeric data, the number of quantile bins computed on ``reference`` (bin
            edges from the reference only, the outer ones open to ±infinity). Booleans,
            strings and categories use one bin per value seen in either series: a category
            that appears only in ``current`` is a bin of its own (its reference share is 0,
            floored), never dropped.

    Returns:
        A finite float >= 0; ``0.0`` (up to float noise) when both have the same distribution
        over the bins. Missing values (NaN, None) are a bin of their own. Shares are floored
        at ``1e-4`` so a bin that is empty on one side gives a large, finite PSI instead of
        infinity.

    Raises:
        ValueError: if either series is empty or ``bins < 2``.

    Example:
        >>> population_stability_index(pd.Series(["a", "b"] * 50), pd.Series(["a"] * 100)) > 0.25
        True
    """
    raise NotImplementedError("kata 8.7: implement population_stability_index")


def drift_report(reference: pd.DataFrame, current: pd.DataFrame, columns: Sequence[str],
                 warning: float = 0.1, critical: float = 0.25) -> pd.DataFrame:
    """PSI per monitored column with a level: the data-drift check run on every batch.

    Args:
        reference: the training rows.
        current: a batch of production rows.
        columns: the columns to check (present in both frames).
        warning: PSI at or above which a column is ``"warning"``.
        critical: PSI at or above which a column is ``"critical"`` (``critical > warning``).

    Returns:
        One row per column with ``column``, ``psi`` and ``level`` (``"ok"``, ``"warning"`` or
        ``"critical"``), sorted by ``psi`` descending.

    Raises:
        ValueError: if ``critical <= warning``.

    Example:
        >>> drift_report(train, batch, ["grade", "language"]).iloc[0]["level"]  # doctest: +SKIP
        'critical'
    """
    raise NotImplementedError("kata 8.7: implement drift_report")


def alert_thresholds() -> dict[str, dict[str, float]]:
    """Warning and critical thresholds for the metrics the service is watched on.

    Returns:
        A dict with at least the keys ``"psi"`` (max feature PSI of a batch),
        ``"log_mae_ratio"`` (live log-MAE divided by the validation log-MAE, once sales
        close), ``"p99_latency_ms"`` and ``"error_rate"`` (share of 5xx answers), each mapping
        to ``{"warning": x, "critical": y}`` with ``0 < x < y`` (every one of these metrics is
        bad when high). ``psi`` thresholds lie in [0.05, 0.5] and ``log_mae_ratio`` warning is
        above 1.

    The error is watched as a relative error: prices grow about 12% a year, so a dollar MAE
    grows by as much with a model that is exactly as good as before, and a dollar-MAE ratio
    would cross a 1.2 warning within two years from price growth alone.

    Example:
        >>> alert_thresholds()["psi"]
        {'warning': 0.1, 'critical': 0.25}
    """
    raise NotImplementedError("kata 8.7: implement alert_thresholds")


def alert_level(values: Sequence[float], warning: float, critical: float, consecutive: int = 3) -> str:
    """The alert to raise for a metric's recent history, ignoring one-off blips.

    Args:
        values: the metric's values, oldest first (e.g. hourly p99 latency).
        warning: the warning threshold; ``critical`` the critical one (``critical > warning``).
        consecutive: how many of the latest values must all reach a threshold (>= 1).

    Returns:
        ``"critical"`` if the last ``consecutive`` values are all >= ``critical``,
        else ``"warning"`` if they are all >= ``warning``, else ``"ok"`` (also when there are
        fewer than ``consecutive`` values).

    Raises:
        ValueError: if ``critical <= warning`` or ``consecutive < 1``.

    Example:
        >>> alert_level([50, 50, 2000, 50], warning=300, critical=1000)
        'ok'
        >>> alert_level([50, 400, 2000, 1500], warning=300, critical=1000)
        'warning'

    Paging someone for every spike teaches the team to ignore pages.
    """
    raise NotImplementedError("kata 8.7: implement alert_level")


def runbooks() -> list[dict]:
    """What the on-call engineer does when an alert fires: two or more runbooks.

    Returns:
        A list of at least two dicts, each with ``"title"`` (distinct), ``"trigger"`` (a key
        of :func:`alert_thresholds`), ``"severity"`` (``"warning"`` or ``"critical"``),
        ``"diagnosis"`` (at least three steps), ``"mitigation"`` (at least two steps),
        ``"rollback"`` (a non-empty string) and ``"owner"`` (a non-empty string). Together
        they cover at least two different triggers.

    Example:
        >>> {book["trigger"] for book in runbooks()} >= {"psi", "p99_latency_ms"}  # doctest: +SKIP
        True
    """
    raise NotImplementedError("kata 8.7: implement runbooks")
