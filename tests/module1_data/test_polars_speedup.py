"""Kata 1.7: type_summary_polars gives the pandas summary, at least 2 times faster."""

from __future__ import annotations

import math

import pandas as pd
import polars as pl
import pytest
from hypothesis import example, given, settings

from kata_framework.strategies import pokemon_frames
from kata_framework.timing import speedup
from katas.module1_data.polars_speedup import SUMMARY_COLUMNS, type_summary_pandas, type_summary_polars

WHERE = "type_summary_polars (katas/module1_data/polars_speedup.py)"
REQUIRED_SPEEDUP = 2.0


def to_polars(frame: pd.DataFrame) -> pl.DataFrame:
    """The pandas table as polars, missing values as null (no pyarrow needed)."""
    return pl.DataFrame({column: [None if pd.isna(value) else value for value in frame[column]]
                         for column in frame.columns}, strict=False)


def _assert_same_summary(got, frame: pd.DataFrame, context: str = "") -> None:
    want = type_summary_pandas(frame)
    assert isinstance(got, pl.DataFrame), f"{WHERE} must return a polars DataFrame, got {type(got)}{context}"
    assert tuple(got.columns) == SUMMARY_COLUMNS, (
        f"{WHERE} returned columns {got.columns}{context}: use SUMMARY_COLUMNS, in that order")
    got_rows = got.to_dicts()
    want_rows = want.to_dict("records")
    assert [r["type1"] for r in got_rows] == [r["type1"] for r in want_rows], (
        f"{WHERE} returned types {[r['type1'] for r in got_rows]}{context}, expected "
        f"{[r['type1'] for r in want_rows]}: one row per type1, sorted by type1")
    for g, w in zip(got_rows, want_rows):
        assert g["pokemon"] == w["pokemon"], (
            f"{WHERE}: {w['type1']} has {w['pokemon']} rows, you counted {g['pokemon']}{context}")
        for column in ("mean_total", "legendary_share"):
            expected_missing = w[column] is None or math.isnan(w[column])
            if expected_missing:
                assert g[column] is None or math.isnan(g[column]), (
                    f"{WHERE}: {column} of {w['type1']} must be missing (no row has all six "
                    f"stats), got {g[column]!r}{context}")
            else:
                assert g[column] is not None and math.isclose(g[column], w[column], rel_tol=1e-9), (
                    f"{WHERE}: {column} of {w['type1']} is {g[column]!r}, expected {w[column]!r}"
                    f"{context}. A row with a missing stat has no total (polars' sum_horizontal "
                    "skips nulls)")


@pytest.fixture(scope="module")
def tables():
    from kata_framework import data

    frame = data.pokemon()
    return frame, to_polars(frame)


def test_summary_matches_the_pandas_version(tables):
    frame, polars_frame = tables
    _assert_same_summary(type_summary_polars(polars_frame.clone()), frame)


def test_summary_skips_rows_with_a_missing_stat(tables):
    frame, _ = tables
    gappy = frame.copy()
    gappy["hp"] = gappy["hp"].astype("float64")
    gappy.loc[gappy.index[::7], "hp"] = float("nan")
    _assert_same_summary(type_summary_polars(to_polars(gappy)), gappy, " (with missing hp values)")


def test_the_input_frame_is_not_modified(tables):
    _, polars_frame = tables
    before = polars_frame.clone()
    type_summary_polars(polars_frame)
    assert polars_frame.equals(before), f"{WHERE} modified its input frame"


@pytest.mark.timeout(20)
def test_polars_version_is_at_least_twice_as_fast(tables):
    frame, polars_frame = tables
    _assert_same_summary(type_summary_polars(polars_frame), frame)
    ratio = speedup(lambda: type_summary_pandas(frame), lambda: type_summary_polars(polars_frame),
                    repeat=7, warmup=1)
    assert ratio >= REQUIRED_SPEEDUP, (
        f"{WHERE} is only {ratio:.1f}x faster than the row-by-row pandas version (need "
        f"{REQUIRED_SPEEDUP:.0f}x): express the work as whole-column polars expressions "
        "(group_by + agg), with no Python loop over rows and no trip back to pandas")


def _edge_table() -> pd.DataFrame:
    """One explicit example with every edge at once: a NaN stat, a unicode name, a duplicate row."""
    row = {"pokemon_id": 1, "name": "Flabébé", "type1": "Fairy", "type2": None, "hp": float("nan"),
           "attack": 38.0, "defense": 39.0, "sp_attack": 61.0, "sp_defense": 79.0, "speed": 42.0,
           "generation": 6, "is_legendary": False}
    other = {**row, "pokemon_id": 2, "name": "Nidoran♀", "type1": "Poison", "hp": 55.0}
    frame = pd.DataFrame([row, other, row])
    frame["type2"] = frame["type2"].astype("string")
    return frame


@settings(max_examples=20)
@given(pokemon_frames(nan_stats=True))
@example(_edge_table())
def test_any_table_gives_the_same_summary(frame):
    """Empty and one-row tables, NaN stats, unicode names and duplicate rows."""
    _assert_same_summary(type_summary_polars(to_polars(frame)), frame, f" for a {len(frame)}-row table")
