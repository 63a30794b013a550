"""Kata 6.4 (incident 1): accuracy fell after a quiet week. Find the broken input, stop it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp, norm

STAT_RANGES = {column: (5, 255) for column in
               ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")}
INVALID_SHARE_LIMIT = 0.01


@dataclass(frozen=True)
class Diagnosis:
    """The structured answer to "what broke?".

    Attributes:
        kind: ``"broken_input"`` (values the feature can never take are arriving),
            ``"data_drift"`` (valid values, different distribution), ``"concept_drift"``
            (inputs look the same column by column, and the labels confirm that the model's
            errors rose) or ``"inconclusive"`` (nothing found, and the labels do not show a
            significant rise in errors).
        columns: the columns to blame: the broken ones for ``broken_input`` (most broken
            first), the drifted ones for ``data_drift`` (in ``valid_ranges`` order), ``[]``
            otherwise.
        invalid_share: for every checked column, the share of the new week's rows whose value
            is missing or outside its valid range.
    """

    kind: str
    columns: list[str]
    invalid_share: dict[str, float] = field(default_factory=dict)


def diagnose_accuracy_drop(week_before: pd.DataFrame, week_after: pd.DataFrame,
                           valid_ranges: dict[str, tuple[float, float]], *, model,
                           label_column: str = "is_legendary") -> Diagnosis:
    """Work through the runbook for "accuracy dropped": broken input, then drift, then labels.

    1. Broken input first (the cheapest to check, the most common cause): for each column of
       ``valid_ranges``, the share of ``week_after`` rows that are NaN or outside
       ``[low, high]`` (inclusive). Columns whose share exceeds ``INVALID_SHARE_LIMIT`` (1%)
       are broken: kind ``"broken_input"``, most broken first.
    2. Otherwise drift: a two-sample KS test per column, ``week_before`` against
       ``week_after``; a column drifted when its p-value is below ``0.05 / len(valid_ranges)``
       (Bonferroni, as in kata 6.2). Any drifted: kind ``"data_drift"``.
    3. Otherwise confirm with labels, never by elimination. "No column drifted" does not prove
       the concept moved: the inputs may have moved jointly (a change in how columns combine
       that one-column tests cannot see), the labels may be late or noisy, or a week of rows
       may be too few for the tests to see a real shift. So compare the model's error rate
       (``model.predict`` on the ``valid_ranges`` columns, in ``valid_ranges`` order, against
       ``label_column``) on the valid rows of each week: when it rose significantly (a one-sided test at 0.05, the
       pooled two-proportion z-test or Fisher's exact test), ``"concept_drift"``; otherwise
       ``"inconclusive"``.

    Args:
        week_before: the last good week of production rows, with labels. Not modified.
        week_after: the week accuracy fell, with labels. Not modified.
        valid_ranges: column -> (lowest, highest) value it can take, e.g. ``STAT_RANGES``;
            these are also the model's features.
        model: the production model, fitted; only its ``predict`` is used.
        label_column: the column holding the true label.

    Returns:
        A ``Diagnosis``.

    Example:
        >>> diagnose_accuracy_drop(before, after, STAT_RANGES, model=model)   # doctest: +SKIP
        Diagnosis(kind='broken_input', columns=['defense'], invalid_share={'hp': 0.0, ...})

    Why: "accuracy dropped, retrain!" is the reflex and usually wrong. Retraining on broken
    inputs teaches the model the bug. First ask whether the inputs are even possible; and
    before blaming the concept, check that the labels say the same.
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
    errors_before = _errors(week_before, valid_ranges, model, label_column)
    errors_after = _errors(week_after, valid_ranges, model, label_column)
    if _rose_significantly(errors_before, errors_after):
        return Diagnosis("concept_drift", [], invalid_share)
    return Diagnosis("inconclusive", [], invalid_share)


def _errors(week: pd.DataFrame, valid_ranges: dict[str, tuple[float, float]], model,
            label_column: str) -> np.ndarray:
    valid, _ = quarantine_invalid_rows(week, valid_ranges)
    predicted = np.asarray(model.predict(valid[list(valid_ranges)]))
    return predicted != valid[label_column].to_numpy()


def _rose_significantly(before: np.ndarray, after: np.ndarray, alpha: float = 0.05) -> bool:
    """One-sided pooled two-proportion z-test: is the error rate after higher than before?"""
    n1, n2 = len(before), len(after)
    pooled = (before.sum() + after.sum()) / (n1 + n2)
    if pooled in (0, 1):
        return False
    z = (after.mean() - before.mean()) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return bool(norm.sf(z) < alpha)


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
