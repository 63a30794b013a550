"""Kata 2.1: statistics that drive decisions: correlated pairs and grouped summaries."""

from __future__ import annotations

import pandas as pd

#: The columns of ``grouped_summary``'s result, in this order.
SUMMARY_COLUMNS = ["count", "mean", "median", "min", "max"]


def correlated_pairs(frame: pd.DataFrame, threshold: float) -> list[tuple[str, str, float]]:
    """Find pairs of numeric columns whose Pearson correlation is at least ``threshold`` in size.

    Strong negative correlations count as much as positive ones: the test is
    ``abs(r) >= threshold``. Only numeric columns take part (booleans and text do not); each
    pair uses the rows where both values are present (pandas' ``DataFrame.corr`` does this).
    Pairs whose correlation is undefined (a constant column, fewer than two shared rows) are
    left out. A column is never paired with itself.

    Args:
        frame: the data. It is not modified.
        threshold: in [0, 1].

    Returns:
        One ``(column_a, column_b, r)`` per unordered pair, strongest ``abs(r)`` first. Which
        column comes first within a pair, and the order of equally strong pairs, are yours.

    Raises:
        ValueError: when the threshold is outside [0, 1] (NaN included).

    Example:
        >>> df = pd.DataFrame({"hp": [1, 2, 3, 4], "defense": [2, 4, 5, 9], "speed": [4, 1, 3, 2]})
        >>> [(a, b, round(r, 2)) for a, b, r in correlated_pairs(df, 0.9)]
        [('hp', 'defense', 0.96)]

    Why it matters: two strongly correlated features carry mostly the same information. That
    can make a linear model's coefficients unstable and its explanations misleading; an
    identifier correlated with anything is a warning that rows were numbered in a meaningful
    order.
    """
    if not 0 <= threshold <= 1:
        raise ValueError(f"threshold must be in [0, 1], got {threshold}")
    numeric = frame.select_dtypes("number")  # booleans are not numbers here
    matrix = numeric.corr()
    columns = list(matrix.columns)
    pairs = [
        (a, b, float(matrix.loc[a, b]))
        for i, a in enumerate(columns)
        for b in columns[i + 1:]  # upper triangle: each pair once, never the diagonal
        if pd.notna(matrix.loc[a, b]) and abs(matrix.loc[a, b]) >= threshold
    ]
    return sorted(pairs, key=lambda pair: abs(pair[2]), reverse=True)


def grouped_summary(frame: pd.DataFrame, by: str, column: str) -> pd.DataFrame:
    """Summarise ``column`` within each group of ``by``.

    Args:
        frame: the data. It is not modified.
        by: the column whose values form the groups (rows with a missing group are left out).
        column: a numeric column; missing values are ignored.

    Returns:
        A DataFrame indexed by the group values in sorted order, with the columns of
        ``SUMMARY_COLUMNS``: ``count`` (non-missing values), ``mean``, ``median``, ``min``,
        ``max``. A group whose values are all missing has count 0 and NaN statistics.

    Raises:
        KeyError: when ``by`` or ``column`` is not in the frame.

    Example:
        >>> df = pd.DataFrame({"type1": ["Fire", "Water", "Fire"], "attack": [80, 50, 60]})
        >>> grouped_summary(df, "type1", "attack")  # doctest: +NORMALIZE_WHITESPACE
               count  mean  median   min   max
        type1
        Fire       2  70.0    70.0  60.0  80.0
        Water      1  50.0    50.0  50.0  50.0

    Why it matters: "legendaries have higher stats" is a decision-driving fact only once you
    have seen it per group, with the group sizes next to it: a mean over three rows is noise.
    """
    for name in (by, column):
        if name not in frame.columns:
            raise KeyError(f"no column {name!r} in the frame")
    values = frame[column].astype("float64")
    summary = values.groupby(frame[by], sort=True).agg(["count", "mean", "median", "min", "max"])
    return summary[SUMMARY_COLUMNS]
