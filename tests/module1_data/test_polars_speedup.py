"""Kata 1.7: type_summary_polars is a lazy polars query with the pandas summary's values.

Rules of the docstring, each with the test that enforces it:

1. Same values as the vectorised pandas version (columns, order by type1, counts as an integer
   column, means within 1e-9, null, not NaN, for a type without a complete row):
   test_summary_matches_the_pandas_version, test_any_table_gives_the_same_summary.
2. A row with a missing stat has no total (not a total with the gap as 0):
   test_summary_skips_rows_with_a_missing_stat.
3. Lazy: returns a LazyFrame and runs nothing (no collect inside): test_the_query_is_lazy.
4. No row loop hides inside: at least 2 times faster than the row-by-row loop (the reference
   is more than 10 times faster): test_no_row_loop_hides_in_the_query; and no map_elements or
   map_batches (a Python function in the query's plan, which at 800 rows can still beat the
   loop): test_the_query_runs_no_python_function.
5. A row whose type1 is missing belongs to no group (pandas' groupby leaves it out, polars'
   group_by would make a null group): test_a_row_without_a_type1_belongs_to_no_group.

Guard (earns nothing): the given row loop, the speed baseline, still computes the pandas
summary: test_the_loop_baseline_is_the_pandas_summary.
"""

from __future__ import annotations

import math

import pandas as pd
import polars as pl
import pytest
from hypothesis import example, given, settings

from kata_framework.strategies import pokemon_frames
from kata_framework.timing import speedup
from katas.module1_data.polars_speedup import (
    SUMMARY_COLUMNS,
    type_summary_loop,
    type_summary_pandas,
    type_summary_polars,
)

WHERE = "type_summary_polars (katas/module1_data/polars_speedup.py)"
REQUIRED_SPEEDUP_OVER_LOOP = 2.0


def to_polars(frame: pd.DataFrame) -> pl.LazyFrame:
    """The pandas table as a polars LazyFrame, missing values as null (no pyarrow needed)."""
    return pl.DataFrame({column: [None if pd.isna(value) else value for value in frame[column]]
                         for column in frame.columns}, strict=False).lazy()


def _collect(query) -> pl.DataFrame:
    assert isinstance(query, pl.LazyFrame), (
        f"{WHERE} must return a pl.LazyFrame (the query, not its result), got {type(query).__name__}: "
        "build the query from frame.group_by(...).agg(...) and leave the collect() to the caller")
    return query.collect()


def _assert_same_summary(query, frame: pd.DataFrame, context: str = "") -> None:
    got = _collect(query)
    want = type_summary_pandas(frame)
    assert tuple(got.columns) == SUMMARY_COLUMNS, (
        f"{WHERE} returned columns {got.columns}{context}: use SUMMARY_COLUMNS, in that order")
    assert got.schema["pokemon"].is_integer(), (
        f"{WHERE} returned pokemon as {got.schema['pokemon']}{context}: it is a count of rows, an "
        "integer column (pl.len() gives one)")
    got_rows = got.to_dicts()
    want_rows = want.to_dict("records")
    assert [r["type1"] for r in got_rows] == [r["type1"] for r in want_rows], (
        f"{WHERE} returned types {[r['type1'] for r in got_rows]}{context}, expected "
        f"{[r['type1'] for r in want_rows]}: one row per type1, sorted by type1 (polars' group_by "
        "does not keep any order)")
    for g, w in zip(got_rows, want_rows):
        assert g["pokemon"] == w["pokemon"], (
            f"{WHERE}: {w['type1']} has {w['pokemon']} rows, you counted {g['pokemon']}{context} "
            "(count every row, pl.len(), not only the rows with a total)")
        for column in ("mean_total", "legendary_share"):
            expected_missing = w[column] is None or math.isnan(w[column])
            if expected_missing:
                assert g[column] is None, (
                    f"{WHERE}: {column} of {w['type1']} must be null (no row has all six stats), "
                    f"got {g[column]!r}{context}: polars' missing value is null, and NaN is a "
                    "number to polars (mean() skips null, not NaN), so do not fill it with NaN")
            else:
                assert g[column] is not None and math.isclose(g[column], w[column], rel_tol=1e-9), (
                    f"{WHERE}: {column} of {w['type1']} is {g[column]!r}, expected {w[column]!r}"
                    f"{context}. A row with a missing stat has no total (polars' sum_horizontal "
                    "skips nulls)")


@pytest.fixture(scope="module")
def table():
    from kata_framework import data

    return data.pokemon()


def test_summary_matches_the_pandas_version(table):
    _assert_same_summary(type_summary_polars(to_polars(table)), table)


def test_summary_skips_rows_with_a_missing_stat(table):
    gappy = table.copy()
    gappy["hp"] = gappy["hp"].astype("float64")
    gappy.loc[gappy.index[::7], "hp"] = float("nan")
    _assert_same_summary(type_summary_polars(to_polars(gappy)), gappy, " (with missing hp values)")


def test_the_query_is_lazy(table):
    runs: list[int] = []

    def tripwire(column: pl.Series) -> pl.Series:
        runs.append(len(column))
        return column

    watched = to_polars(table).with_columns(pl.col("hp").map_batches(tripwire, return_dtype=pl.Int64))
    query = type_summary_polars(watched)
    assert not runs, (
        f"{WHERE} ran the query itself (a collect() inside, or a trip to pandas): return the "
        "LazyFrame unexecuted, so polars can plan it and the caller decides when to run it")
    _assert_same_summary(query, table)


@pytest.mark.timeout(20)
def test_no_row_loop_hides_in_the_query(table):
    lazy = to_polars(table)
    _assert_same_summary(type_summary_polars(lazy), table)
    ratio = speedup(lambda: type_summary_loop(table), lambda: type_summary_polars(lazy).collect(),
                    repeat=5, warmup=1)
    assert ratio >= REQUIRED_SPEEDUP_OVER_LOOP, (
        f"{WHERE} (collected) is only {ratio:.1f}x faster than the row-by-row loop (need "
        f"{REQUIRED_SPEEDUP_OVER_LOOP:.0f}x; whole-column expressions are typically 20x or more): "
        "express the work as polars expressions (group_by + agg), with no Python loop over rows "
        "and no map_elements")


def test_the_query_runs_no_python_function(table):
    query = type_summary_polars(to_polars(table))
    plan = _collect_plan(query)
    assert "python" not in plan.lower(), (
        f"{WHERE} runs a Python function inside the query (map_elements or map_batches shows up as "
        f"a python step in its plan):\n{plan}\nPolars cannot plan or parallelise a Python "
        "function, and called per row it is the row loop this kata replaces: write the total with "
        "expressions (pl.sum_horizontal, pl.all_horizontal, pl.when(...).then(...))")


def _collect_plan(query) -> str:
    assert isinstance(query, pl.LazyFrame), (
        f"{WHERE} must return a pl.LazyFrame (the query, not its result), got {type(query).__name__}")
    return query.explain()


def test_a_row_without_a_type1_belongs_to_no_group(table):
    untyped = table.head(40).copy()
    untyped["type1"] = untyped["type1"].astype(object)
    untyped.loc[untyped.index[::4], "type1"] = None
    _assert_same_summary(type_summary_polars(to_polars(untyped)), untyped,
                         " (with some type1 missing: pandas' groupby leaves those rows out, and "
                         "polars' group_by makes a null group of them unless you filter them out)")


@pytest.mark.guard
def test_the_loop_baseline_is_the_pandas_summary(table):
    """The given baseline must stay correct, or the speed comparison compares different work."""
    gappy = table.head(80).copy()
    gappy["hp"] = gappy["hp"].astype("float64")
    gappy.loc[gappy.index[::5], "hp"] = float("nan")
    pd.testing.assert_frame_equal(
        type_summary_loop(gappy), type_summary_pandas(gappy), check_dtype=False,
        obj="type_summary_loop (katas/module1_data/polars_speedup.py), the given baseline, against "
            "type_summary_pandas: both are given and correct, restore them if they were edited")


def _edge_table() -> pd.DataFrame:
    """One explicit example with every edge at once: a NaN stat, a unicode name, a duplicate row."""
    row = {"pokemon_id": 1, "name": "Flabébé", "type1": "Fairy", "type2": None, "hp": float("nan"),
           "attack": 38.0, "defense": 39.0, "sp_attack": 61.0, "sp_defense": 79.0, "speed": 42.0,
           "generation": 6, "is_legendary": False}
    other = {**row, "pokemon_id": 2, "name": "Nidoran♀", "type1": "Poison", "hp": 55.0}
    frame = pd.DataFrame([row, other, row])
    frame["type2"] = frame["type2"].astype("string")
    return frame


@settings(max_examples=10)
@given(pokemon_frames(nan_stats=True))
@example(_edge_table())
@example(_edge_table().head(1))
def test_any_table_gives_the_same_summary(frame):
    """Empty and one-row tables, NaN stats, unicode names and duplicate rows."""
    _assert_same_summary(type_summary_polars(to_polars(frame)), frame, f" for a {len(frame)}-row table")
