"""Kata 4.3: error analysis by slice: where does the model go wrong, and how often?"""

from __future__ import annotations

import pandas as pd

MISSING = "(missing)"
COLUMNS = ["slice", "rows", "errors", "error_rate", "false_positives", "false_negatives"]


def error_rates_by_slice(frame: pd.DataFrame, *, slice_column: str, truth_column: str = "is_legendary",
                         prediction_column: str = "predicted", min_rows: int = 1) -> pd.DataFrame:
    """Error counts and rates per value of ``slice_column``, worst slice first.

    Args:
        frame: one row per evaluated example, with the slice, the truth and the prediction
            (both booleans or 0/1). It is not modified.
        slice_column: the column to slice by (e.g. ``"type1"`` or ``"generation"``).
        truth_column: the true label column.
        prediction_column: the predicted label column.
        min_rows: leave out slices with fewer rows than this (tiny slices have noisy rates).

    Returns:
        A DataFrame with exactly the columns ``COLUMNS``: ``slice`` (the value; a missing value
        is its own slice, named ``MISSING``, never dropped), ``rows``, ``errors`` (predictions
        that differ from the truth), ``error_rate`` (``errors / rows``), ``false_positives``
        and ``false_negatives`` (``errors`` is their sum). Sorted by ``error_rate`` descending;
        equal rates: more rows first. Index ``0..n-1``.

    Raises:
        KeyError: if a named column is missing.

    Example:
        >>> table = error_rates_by_slice(evaluated, slice_column="type1")
        >>> table.iloc[0][["slice", "rows", "error_rate"]].tolist()
        ['Dragon', 30, 0.2]

    Why it matters: an overall error of 5% can hide a slice at 40%: the one your biggest
    customer, or an under-represented group, lives in. Counts beside the rates show which
    slices are large enough to trust.
    """
    truth = frame[truth_column].astype(bool)
    predicted = frame[prediction_column].astype(bool)
    slices = frame[slice_column].astype(object).where(frame[slice_column].notna(), MISSING)
    outcome = pd.DataFrame({
        "slice": slices,
        "rows": 1,
        "errors": (truth != predicted).astype(int),
        "false_positives": (~truth & predicted).astype(int),
        "false_negatives": (truth & ~predicted).astype(int),
    })
    table = outcome.groupby("slice", sort=False, dropna=False).sum().reset_index()
    table["error_rate"] = table["errors"] / table["rows"]
    table = table[table["rows"] >= min_rows]
    ordered = table.sort_values(["error_rate", "rows"], ascending=[False, False], kind="stable")
    return ordered[COLUMNS].reset_index(drop=True)
