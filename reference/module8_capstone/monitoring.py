"""Kata 8.7: drift detection, alert thresholds that ignore blips, and incident runbooks."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

EPSILON = 1e-4  # floor for a bin's share, so an empty bin gives a large but finite PSI


def _bin_names(codes: pd.Series) -> pd.Series:
    """Bin numbers as names, missing values as their own bin (the same names on both sides,
    whether or not a side has missing values)."""
    return codes.map(lambda code: "missing" if pd.isna(code) else f"bin {int(code)}")


def _value_names(values: pd.Series) -> pd.Series:
    return values.astype(object).map(lambda value: "missing" if pd.isna(value) else str(value))


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
    if reference.empty or current.empty:
        raise ValueError("population_stability_index needs values on both sides")
    if bins < 2:
        raise ValueError(f"bins must be >= 2, got {bins}")
    if pd.api.types.is_numeric_dtype(reference) and not pd.api.types.is_bool_dtype(reference):
        ref_values = reference.astype(float)
        cur_values = current.astype(float)
        # Quantile edges of the reference only: current data must not move the yardstick.
        known = ref_values.dropna()
        inner = np.quantile(known, np.linspace(0, 1, bins + 1))[1:-1] if len(known) else []
        edges = np.concatenate([[-np.inf], np.unique(inner), [np.inf]])
        ref_labels = _bin_names(pd.cut(ref_values, edges, labels=False))
        cur_labels = _bin_names(pd.cut(cur_values, edges, labels=False))
    else:
        ref_labels, cur_labels = _value_names(reference), _value_names(current)
    ref_shares = ref_labels.value_counts(normalize=True)
    cur_shares = cur_labels.value_counts(normalize=True)
    keys = ref_shares.index.union(cur_shares.index)
    r = ref_shares.reindex(keys, fill_value=0).clip(lower=EPSILON).to_numpy()
    c = cur_shares.reindex(keys, fill_value=0).clip(lower=EPSILON).to_numpy()
    return float(np.sum((c - r) * np.log(c / r)))


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
    if critical <= warning:
        raise ValueError("critical must be above warning")
    rows = []
    for column in columns:
        psi = population_stability_index(reference[column], current[column])
        level = "critical" if psi >= critical else "warning" if psi >= warning else "ok"
        rows.append({"column": column, "psi": psi, "level": level})
    return pd.DataFrame(rows).sort_values("psi", ascending=False, kind="stable").reset_index(drop=True)


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
    return {
        "psi": {"warning": 0.1, "critical": 0.25},
        "log_mae_ratio": {"warning": 1.2, "critical": 1.5},
        "p99_latency_ms": {"warning": 300.0, "critical": 1000.0},
        "error_rate": {"warning": 0.01, "critical": 0.05},
    }


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
    if critical <= warning or consecutive < 1:
        raise ValueError("need critical > warning and consecutive >= 1")
    if len(values) < consecutive:
        return "ok"
    recent = min(values[-consecutive:])
    return "critical" if recent >= critical else "warning" if recent >= warning else "ok"


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
    return [
        {
            "title": "Input drift: feature PSI above threshold",
            "trigger": "psi",
            "severity": "critical",
            "diagnosis": [
                "Open the drift report and list the columns above the critical PSI",
                "Compare the drifted columns with the upstream listing form and its release notes",
                "Check whether the live relative error (log_mae_ratio) has moved on the sales that have closed",
            ],
            "mitigation": [
                "If an upstream bug: fix or revert the upstream change and backfill",
                "If the market really moved: retrain on recent sales, validate on the latest weeks",
            ],
            "rollback": "Pin the previous model version in the service configuration and redeploy",
            "owner": "ML engineer on call",
        },
        {
            "title": "Latency: p99 above SLO",
            "trigger": "p99_latency_ms",
            "severity": "critical",
            "diagnosis": [
                "Find the deploy or traffic change at the start of the spike",
                "Compare latency by model version and by endpoint",
                "Profile one slow request: model loading, feature building, or the host",
            ],
            "mitigation": [
                "Roll back the last deploy if it coincides with the spike",
                "Scale out replicas while the cause is found",
            ],
            "rollback": "Redeploy the last version whose p99 met the SLO",
            "owner": "platform engineer on call",
        },
    ]
