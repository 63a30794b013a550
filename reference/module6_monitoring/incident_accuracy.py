"""Kata 6.4 (incident 1): accuracy fell after a quiet week. Find the broken input, stop it."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from scipy.stats import ks_2samp

STAT_RANGES = {column: (5, 255) for column in
               ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")}
INVALID_SHARE_LIMIT = 0.01


@dataclass(frozen=True)
class Diagnosis:
    """The structured answer to "what broke?".

    Attributes:
        kind: ``"broken_input"`` (values the feature can never take are arriving),
            ``"data_drift"`` (valid values, different distribution) or ``"concept_drift"``
            (inputs look the same: the relation between inputs and label must have changed).
        columns: the columns to blame: the broken ones for ``broken_input`` (most broken
            first), the drifted ones for ``data_drift`` (in ``valid_ranges`` order), ``[]``
            for ``concept_drift``.
        invalid_share: for every checked column, the share of the new week's rows whose value
            is missing or outside its valid range.
    """

    kind: str
    columns: list[str]
    invalid_share: dict[str, float] = field(default_factory=dict)


def diagnose_accuracy_drop(week_before: pd.DataFrame, week_after: pd.DataFrame,
                           valid_ranges: dict[str, tuple[float, float]]) -> Diagnosis:
    """Work through the runbook for "accuracy dropped": broken input, then drift, then concept.

    1. Broken input first (the cheapest to check, the most common cause): for each column of
       ``valid_ranges``, the share of ``week_after`` rows that are NaN or outside
       ``[low, high]`` (inclusive). Columns whose share exceeds ``INVALID_SHARE_LIMIT`` (1%)
       are broken: kind ``"broken_input"``, most broken first.
    2. Otherwise drift: a two-sample KS test per column, ``week_before`` against
       ``week_after``; a column drifted when its p-value is below ``0.05 / len(valid_ranges)``
       (Bonferroni, as in kata 6.2). Any drifted: kind ``"data_drift"``.
    3. Otherwise ``"concept_drift"`` with no columns.

    Args:
        week_before: the last good week of production rows. Not modified.
        week_after: the week accuracy fell. Not modified.
        valid_ranges: column -> (lowest, highest) value it can take, e.g. ``STAT_RANGES``.

    Returns:
        A ``Diagnosis``.

    Example:
        >>> diagnose_accuracy_drop(before, after, STAT_RANGES)           # doctest: +SKIP
        Diagnosis(kind='broken_input', columns=['defense'], invalid_share={'hp': 0.0, ...})

    Why: "accuracy dropped, retrain!" is the reflex and usually wrong. Retraining on broken
    inputs teaches the model the bug. First ask whether the inputs are even possible.
    """
    invalid_share = {column: float(_invalid(week_after[column], low, high).mean())
                     for column, (low, high) in valid_ranges.items()}
    broken = sorted((c for c, share in invalid_share.items() if share > INVALID_SHARE_LIMIT),
                    key=lambda c: -invalid_share[c])
    if broken:
        return Diagnosis("broken_input", broken, invalid_share)
    threshold = 0.05 / len(valid_ranges)
    drifted = [column for column in valid_ranges
               if ks_2samp(week_before[column].dropna(), week_after[column].dropna()).pvalue < threshold]
    if drifted:
        return Diagnosis("data_drift", drifted, invalid_share)
    return Diagnosis("concept_drift", [], invalid_share)


def quarantine_invalid_rows(frame: pd.DataFrame, valid_ranges: dict[str, tuple[float, float]]
                            ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The fix while upstream repairs its feed: score only rows whose inputs are possible.

    A row is invalid when any column of ``valid_ranges`` is NaN or outside ``[low, high]``
    (inclusive). Invalid rows are set aside (and, in production, answered with a fallback and
    counted on a dashboard) instead of being scored as if they were real.

    Args:
        frame: the rows to check. Not modified.
        valid_ranges: column -> (lowest, highest) allowed value.

    Returns:
        ``(valid, quarantined)``: two frames with ``frame``'s columns and index labels that
        together hold every row exactly once, each in the original order.

    Example:
        >>> valid, quarantined = quarantine_invalid_rows(week_after, STAT_RANGES)  # doctest: +SKIP
        >>> len(quarantined)                                                       # doctest: +SKIP
        248

    Why: imputing a default for a field that is broken in a quarter of the rows hides the
    outage; the quarantine keeps the model's answers honest and makes the outage visible.
    """
    invalid = pd.Series(False, index=frame.index)
    for column, (low, high) in valid_ranges.items():
        invalid |= _invalid(frame[column], low, high)
    return frame.loc[~invalid].copy(), frame.loc[invalid].copy()


def _invalid(values: pd.Series, low: float, high: float) -> pd.Series:
    return values.isna() | (values < low) | (values > high)
