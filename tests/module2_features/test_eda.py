"""Kata 2.1: correlated_pairs and grouped_summary, the statistics that drive feature decisions.

Rules (each enforced by the test named):
correlated_pairs
1. abs(r) >= threshold, negative correlations included, the boundary included:
   test_strong_negative_correlations_count, test_the_threshold_is_inclusive.
2. Numeric columns only (no booleans, no text); every pair once, never a column with itself;
   strongest abs(r) first: test_pairs_come_strongest_first_and_skip_booleans; every numeric dtype
   (int32, float32, nullable Int64/Float64) and no boolean (nullable boolean included):
   test_every_numeric_dtype_takes_part_and_no_boolean_does.
3. Each pair uses the rows where both are present; undefined correlations are left out:
   test_pairs_match_a_brute_force_search, test_missing_values_are_left_out_pair_by_pair.
4. ValueError outside [0, 1] (NaN included: it is not in [0, 1]), 0 and 1 accepted:
   test_the_threshold_must_lie_in_zero_to_one.
5. The frame is not modified: test_pairs_match_a_brute_force_search.
grouped_summary
6. One row per present group, sorted; count of present values, mean, median, min, max:
   test_legendaries_have_higher_attack, test_summary_by_a_type_with_missing_groups,
   test_summary_matches_a_hand_count_on_any_frame.
7. A group whose values are all missing: count 0 and NaN statistics:
   test_a_group_with_no_values_has_count_zero.
8. KeyError for an unknown column: test_unknown_columns_raise_key_error.
"""

from __future__ import annotations

import math
import statistics

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from kata_framework.strategies import STAT_COLUMNS, pokemon_frames
from katas.module2_features.eda import SUMMARY_COLUMNS, correlated_pairs, grouped_summary

PAIRS = "correlated_pairs (katas/module2_features/eda.py)"
SUMMARY = "grouped_summary (katas/module2_features/eda.py)"


def _as_dict(pairs) -> dict[frozenset, float]:
    found = {}
    for pair in pairs:
        a, b, r = pair
        key = frozenset((a, b))
        assert len(key) == 2, f"{PAIRS} paired {a!r} with itself: leave the diagonal out"
        assert key not in found, f"{PAIRS} listed the pair {a!r}, {b!r} twice: one entry per unordered pair"
        found[key] = float(r)
    return found


def _expected_pairs(frame: pd.DataFrame, threshold: float, slack: float = 1e-9):
    """(pairs that must appear, pairs that may appear) by brute force over numeric columns."""
    numeric = [c for c in frame.columns
               if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])]
    must, may = {}, {}
    for i, a in enumerate(numeric):
        for b in numeric[i + 1:]:
            r = frame[a].astype(float).corr(frame[b].astype(float))
            if pd.isna(r):
                continue
            if abs(r) >= threshold + slack:
                must[frozenset((a, b))] = r
            if abs(r) >= threshold - slack:
                may[frozenset((a, b))] = r
    return must, may


def test_hp_and_defense_are_found_correlated(pokemon):
    found = _as_dict(correlated_pairs(pokemon, 0.75))
    assert frozenset(("hp", "defense")) in found, (
        f"{PAIRS} missed hp and defense (r about 0.78) at threshold 0.75: {sorted(map(sorted, found))}")
    assert set(found) == {frozenset(("hp", "defense")), frozenset(("pokemon_id", "generation"))}, (
        f"{PAIRS} at 0.75 should find exactly hp/defense and pokemon_id/generation (ids are numbered "
        f"by generation), found {sorted(map(sorted, found))}")
    assert found[frozenset(("hp", "defense"))] == pytest.approx(pokemon["hp"].corr(pokemon["defense"]))


def test_strong_negative_correlations_count(pokemon):
    found = _as_dict(correlated_pairs(pokemon, 0.72))
    key = frozenset(("sp_defense", "capture_rate"))
    assert key in found, (
        f"{PAIRS} missed sp_defense and capture_rate (r about -0.74) at threshold 0.72: compare "
        "abs(r) with the threshold, a strong negative correlation is as strong as a positive one")
    assert found[key] < 0, f"{PAIRS} must report the signed correlation, got {found[key]} for {sorted(key)}"


def test_pairs_come_strongest_first_and_skip_booleans(pokemon):
    pairs = correlated_pairs(pokemon, 0.0)
    strengths = [abs(r) for _, _, r in pairs]
    assert strengths == sorted(strengths, reverse=True), f"{PAIRS} must list the strongest pairs first"
    names = {name for a, b, _ in pairs for name in (a, b)}
    assert "is_legendary" not in names and "name" not in names, (
        f"{PAIRS} must use numeric columns only (no booleans, no text), got {sorted(names)}")
    assert len(_as_dict(pairs)) == 11 * 10 // 2, (
        f"{PAIRS} at threshold 0 must list every pair of the 11 numeric columns")


def test_every_numeric_dtype_takes_part_and_no_boolean_does():
    frame = pd.DataFrame({
        "level": pd.Series([1, 2, 3, 4, 5], dtype="int32"),
        "power": pd.Series([2.0, 4.1, 5.9, 8.2, 9.9], dtype="float32"),
        "rank_nullable": pd.Series([1, 3, None, 7, 9], dtype="Int64"),
        "score_nullable": pd.Series([0.5, 1.0, 1.4, None, 2.6], dtype="Float64"),
        "flag": [True, False, True, False, True],
        "flag_nullable": pd.Series([True, False, None, False, True], dtype="boolean"),
        "label": list("vwxyz"),
    })
    found = set(_as_dict(correlated_pairs(frame, 0.9)))
    numeric = ["level", "power", "rank_nullable", "score_nullable"]
    expected = {frozenset((a, b)) for i, a in enumerate(numeric) for b in numeric[i + 1:]}
    assert found == expected, (
        f"{PAIRS} found {sorted(map(sorted, found))} on four strongly correlated numeric columns of "
        "other types (int32, float32, nullable Int64 and Float64 with a missing value) beside a "
        f"bool, a nullable boolean and text; expected {sorted(map(sorted, expected))}: every numeric "
        "dtype takes part (select_dtypes('number'), not a list of int64 and float64), booleans never")


@settings(max_examples=10)
@given(pokemon_frames(nan_stats=True), st.sampled_from([0.0, 0.3, 0.6, 0.9, 1.0]))
def test_pairs_match_a_brute_force_search(frame, threshold):
    frame = frame.assign(constant=1.0)  # its correlation is undefined: never a pair
    before = frame.copy(deep=True)
    found = _as_dict(correlated_pairs(frame, threshold))
    pd.testing.assert_frame_equal(frame, before, obj=f"the frame after {PAIRS}")
    must, may = _expected_pairs(frame, threshold)
    assert set(must) <= set(found) <= set(may), (
        f"{PAIRS} at threshold {threshold} found {sorted(map(sorted, found))}; expected "
        f"{sorted(map(sorted, must))} (pairs with an undefined correlation, like a constant column, "
        "are left out)")
    for key, r in found.items():
        assert r == pytest.approx(may[key], abs=1e-9), f"{PAIRS} reported r={r} for {sorted(key)}, expected {may[key]}"


@pytest.mark.parametrize("threshold", [pytest.param(-0.1, id="below-zero"), pytest.param(1.5, id="above-one"),
                                       pytest.param(float("nan"), id="nan")])
def test_the_threshold_must_lie_in_zero_to_one(pokemon, threshold):
    with must_raise(ValueError, f"{PAIRS} must refuse threshold {threshold} (outside [0, 1]) with a ValueError"):
        correlated_pairs(pokemon, threshold)


@pytest.mark.parametrize("threshold", [pytest.param(0.0, id="zero"), pytest.param(1.0, id="one")])
def test_thresholds_zero_and_one_are_allowed(pokemon, threshold):
    try:
        correlated_pairs(pokemon, threshold)
    except ValueError as error:
        pytest.fail(f"{PAIRS} refused threshold {threshold} ({error}): [0, 1] includes both ends", pytrace=False)


def test_the_threshold_is_inclusive():
    frame = pd.DataFrame({"a": [1.0, 2, 3, 1, 2, 3], "b": [1.0, 0, 1, 1, 0, 1]})  # r is exactly 0
    found = _as_dict(correlated_pairs(frame, 0.0))
    assert frozenset(("a", "b")) in found, (
        f"{PAIRS} left out a pair with r = 0 at threshold 0: keep pairs with abs(r) >= threshold, "
        "the boundary included")


def test_missing_values_are_left_out_pair_by_pair():
    frame = pd.DataFrame({"a": [1.0, 2, 3, 4, np.nan, np.nan],
                          "b": [2.0, 4, 6, 8, 100, -50],
                          "c": [np.nan, 1, 2, 3, 4, 5]})
    found = _as_dict(correlated_pairs(frame, 0.99))
    assert frozenset(("a", "b")) in found and found[frozenset(("a", "b"))] == pytest.approx(1.0), (
        f"{PAIRS} found {found} where a and b agree perfectly on the rows where both are present: "
        "use the rows where both values are present for each pair (do not fill NaN, do not drop "
        "a row from every pair because one column misses it)")


def _check_summary(frame: pd.DataFrame, by: str, column: str) -> None:
    before = frame.copy(deep=True)
    summary = grouped_summary(frame, by, column)
    pd.testing.assert_frame_equal(frame, before, obj=f"the frame after {SUMMARY}")
    assert list(summary.columns) == SUMMARY_COLUMNS, (
        f"{SUMMARY} must return the columns {SUMMARY_COLUMNS}, got {list(summary.columns)}")
    groups = sorted(frame[by].dropna().unique())
    assert list(summary.index) == groups, (
        f"{SUMMARY} must have one row per group of {by!r} in sorted order (missing groups left "
        f"out): expected {groups}, got {list(summary.index)}")
    for group in groups:
        values = [float(v) for v in frame.loc[frame[by] == group, column] if pd.notna(v)]
        row = summary.loc[group]
        assert row["count"] == len(values), (
            f"{SUMMARY}: count for {by}={group!r} is {row['count']}, expected {len(values)} "
            "(count the values that are present, not the rows)")
        if values:
            expected = {"mean": statistics.fmean(values), "median": statistics.median(values),
                        "min": min(values), "max": max(values)}
            for stat, value in expected.items():
                assert row[stat] == pytest.approx(value), (
                    f"{SUMMARY}: {stat} of {column} for {by}={group!r} is {row[stat]}, expected {value}")
        else:
            assert all(math.isnan(row[stat]) for stat in ("mean", "median", "min", "max")), (
                f"{SUMMARY}: a group with no values must have NaN statistics")


def test_legendaries_have_higher_attack(pokemon):
    _check_summary(pokemon, "is_legendary", "attack")
    summary = grouped_summary(pokemon, "is_legendary", "attack")
    assert summary.loc[True, "count"] == 64 and summary.loc[True, "mean"] > summary.loc[False, "mean"]


def test_summary_by_a_type_with_missing_groups(pokemon):
    _check_summary(pokemon, "type2", "weight_kg")


@settings(max_examples=15)
@given(pokemon_frames(min_rows=1, nan_stats=True), st.sampled_from(["type1", "type2", "generation"]),
       st.sampled_from(STAT_COLUMNS))
def test_summary_matches_a_hand_count_on_any_frame(frame, by, column):
    _check_summary(frame, by, column)


def test_a_group_with_no_values_has_count_zero():
    frame = pd.DataFrame({"type1": ["Fire", "Fire", "Ice", "Ice", None],
                          "attack": [80.0, 60.0, np.nan, np.nan, 10.0]}, index=[10, 20, 30, 40, 50])
    summary = grouped_summary(frame, "type1", "attack")
    assert list(summary.index) == ["Fire", "Ice"], (
        f"{SUMMARY} returned groups {list(summary.index)}: every present group of type1 gets a row, "
        "also Ice whose attack values are all missing (count 0); a missing group is left out")
    assert summary.loc["Ice", "count"] == 0 and summary.loc["Ice", ["mean", "median", "min", "max"]].isna().all(), (
        f"{SUMMARY}: a group whose values are all missing has count 0 and NaN statistics, got "
        f"{summary.loc['Ice'].to_dict()}")


@pytest.mark.parametrize(("by", "column"), [pytest.param("colour", "hp", id="unknown-group-column"),
                                           pytest.param("type1", "happiness", id="unknown-value-column")])
def test_unknown_columns_raise_key_error(pokemon, by, column):
    with must_raise(KeyError, f"{SUMMARY} must raise KeyError for grouped_summary(frame, {by!r}, {column!r})"):
        grouped_summary(pokemon, by, column)
