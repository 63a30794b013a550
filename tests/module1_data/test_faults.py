"""Kata 1.3: five fault functions, each corrupting a copy with exactly one fault of its kind.

Each fault is judged against the rule of kata 1.2's contract that it must break (the types and
the stat range kept with the tests in contract.py), so this kata can be done before or after 1.2.

Rules of the docstrings, each with the test that enforces it:

1. The caller's frame is never modified: test_fault_leaves_the_input_untouched.
2. Exactly one fault of the function's kind, same columns, dtypes and index (duplicate_id: one
   extra row, an exact copy, the same dtypes, every original row keeping its index label, checked
   on shuffled tables by test_fault_works_on_any_valid_table): test_fault_is_exactly_one_fault_of_its_kind.
3. The fault breaks its rule: a stat outside 1-255, a type1 not among the 18, a missing name,
   type2 equal to that row's type1, a repeated row: the same two tests' checks; the stat is out
   of range whatever it was before (tables of stats 1, 25 and 255):
   test_an_out_of_range_stat_is_out_of_range_whatever_the_stats_were.
4. Works on any valid table: one row, shuffled rows, any index labels:
   test_fault_works_on_any_valid_table; an index numbered from 1, where the label len(frame)
   names the last row (so frame.loc[len(frame)] = row overwrites it instead of adding one), and
   an index of text labels: test_fault_works_whatever_the_index_labels.
5. An empty frame raises ValueError: test_an_empty_table_raises_value_error.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework import data
from kata_framework.expect import must_raise
from katas.module1_data import faults

from .contract import STAT_RANGE, TYPES

WHERE = "katas/module1_data/faults.py"
FAULTS = ["out_of_range_stat", "unknown_type", "duplicate_id", "missing_name", "type2_same_as_type1"]
STATS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")
LABELS = ("pandas has two ways to pick a row: frame.loc[label] takes index LABELS, frame.iloc[i] "
          "takes positions. This table's index is {index}; the first row's label is "
          "frame.index[0], which need not be 0")


def _break(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Call the learner's fault function; explain an IndexError or KeyError instead of showing it raw."""
    try:
        return getattr(faults, name)(frame)
    except (IndexError, KeyError) as error:
        index = list(frame.index[:5]) + (["..."] if len(frame) > 5 else [])
        pytest.fail(f"{name} ({WHERE}) raised {type(error).__name__}: {error} on a {len(frame)}-row "
                    f"table. {LABELS.format(index=index)}", pytrace=False)


def _table(rows: int, seed: int) -> pd.DataFrame:
    """A valid table: ``rows`` species of the clean table, in a shuffled order."""
    return data.pokemon().sample(rows, random_state=seed)


def _changed_cells(before: pd.DataFrame, after: pd.DataFrame, name: str) -> list[tuple[object, str]]:
    """(index label, column) of every cell that differs, after checking the frame's shape."""
    assert list(after.columns) == list(before.columns), (
        f"{name} ({WHERE}) changed the columns: keep them as they are, got {list(after.columns)}")
    assert after.index.equals(before.index), (
        f"{name} ({WHERE}) changed the index or the number of rows: change one cell only. Note "
        f"that frame.loc[label, column] = value ADDS a row when the label is not in the index. "
        f"{LABELS.format(index=list(before.index[:5]))}")
    changed_dtypes = {c: f"{before[c].dtype} -> {after[c].dtype}" for c in before
                      if str(before[c].dtype) != str(after[c].dtype)}
    assert not changed_dtypes, (
        f"{name} ({WHERE}) changed column dtypes {changed_dtypes}: one wrong value, not a wrong "
        "type (set a whole number for a stat; None for a text cell)")
    same = (before == after) | (before.isna() & after.isna())
    return [(label, column) for column in before for label in same.index[~same[column].to_numpy()]]


def _one_changed_cell(before, after, name):
    cells = _changed_cells(before, after, name)
    assert len(cells) == 1, (
        f"{name} ({WHERE}) must change exactly one cell, it changed {len(cells)}: {cells[:5]}")
    label, column = cells[0]
    return label, column, after.loc[label, column]


def _check_out_of_range_stat(before, after):
    label, column, value = _one_changed_cell(before, after, "out_of_range_stat")
    assert column in STATS, f"out_of_range_stat ({WHERE}) changed {column!r}: change a base stat"
    low, high = STAT_RANGE
    assert not low <= value <= high, (
        f"out_of_range_stat ({WHERE}) set {column} to {value}, which is a valid stat (1-255): "
        "choose a value below 1 or above 255")


def _check_unknown_type(before, after):
    label, column, value = _one_changed_cell(before, after, "unknown_type")
    assert column == "type1", f"unknown_type ({WHERE}) changed {column!r}: change type1"
    assert isinstance(value, str) and value and value not in TYPES, (
        f"unknown_type ({WHERE}) set type1 to {value!r}: use a non-empty name that is not a type")


def _check_duplicate_id(before, after):
    assert list(after.columns) == list(before.columns), f"duplicate_id ({WHERE}) changed the columns"
    assert len(after) == len(before) + 1, (
        f"duplicate_id ({WHERE}) must add exactly one row, got {len(after)} rows from {len(before)}")
    changed_dtypes = {c: f"{before[c].dtype} -> {after[c].dtype}" for c in before
                      if str(before[c].dtype) != str(after[c].dtype)}
    assert not changed_dtypes, (
        f"duplicate_id ({WHERE}) changed column dtypes {changed_dtypes}: add the copy as a one-row "
        "frame, frame.iloc[[i]] (double brackets), which keeps every dtype; frame.iloc[i] is a "
        "Series of mixed values, and turning it back into a row makes every column object")
    rows_before = _row_counts(before)
    rows_after = _row_counts(after)
    extra = rows_after - rows_before
    assert not (rows_before - rows_after) and sum(extra.values()) == 1, (
        f"duplicate_id ({WHERE}) changed the original rows: keep them and add a copy of one")
    assert next(iter(extra)) in rows_before, (
        f"duplicate_id ({WHERE}) added a row that is not an exact copy of an existing row")
    assert any(_without_position(after, position).index.equals(before.index) for position in range(len(after))), (
        f"duplicate_id ({WHERE}) changed the original rows' index labels: the copy keeps them and only adds "
        f"one row (pd.concat([broken, broken.iloc[[0]]]) without ignore_index, which renumbers every row). "
        f"{LABELS.format(index=list(before.index[:5]))}")


def _without_position(frame, position):
    """``frame`` without the row at ``position`` (by position: labels may repeat)."""
    return frame.iloc[[i for i in range(len(frame)) if i != position]]


def _row_counts(frame):
    from collections import Counter

    return Counter(tuple("<NA>" if pd.isna(v) else v for v in row)
                   for row in frame.itertuples(index=False))


def _check_missing_name(before, after):
    label, column, value = _one_changed_cell(before, after, "missing_name")
    assert column == "name" and pd.isna(value), (
        f"missing_name ({WHERE}) must make one name missing (None), it set {column} to {value!r}")


def _check_type2_same_as_type1(before, after):
    label, column, value = _one_changed_cell(before, after, "type2_same_as_type1")
    assert column == "type2" and value == after.loc[label, "type1"], (
        f"type2_same_as_type1 ({WHERE}) must set one row's type2 to that row's type1, "
        f"it set {column} to {value!r}")


CHECKS = {"out_of_range_stat": _check_out_of_range_stat, "unknown_type": _check_unknown_type,
          "duplicate_id": _check_duplicate_id, "missing_name": _check_missing_name,
          "type2_same_as_type1": _check_type2_same_as_type1}


@pytest.mark.parametrize("name", FAULTS)
def test_fault_leaves_the_input_untouched(pokemon, name):
    before = pokemon.copy(deep=True)
    _break(name, pokemon)
    pd.testing.assert_frame_equal(
        pokemon, before, obj=f"the input after {name} ({WHERE}): corrupt a copy (frame.copy()), "
                             "never the caller's frame")


@pytest.mark.parametrize("name", FAULTS)
def test_fault_is_exactly_one_fault_of_its_kind(pokemon, name):
    before = pokemon.head(50)
    CHECKS[name](before, _break(name, before.copy()))


@pytest.mark.parametrize("level", [1, 25, 255], ids=["weakest-stats-1", "weak-stats-25", "strongest-stats-255"])
def test_an_out_of_range_stat_is_out_of_range_whatever_the_stats_were(pokemon, level):
    before = pokemon.head(5).assign(**dict.fromkeys(STATS, level))
    after = _break("out_of_range_stat", before.copy())
    try:
        _check_out_of_range_stat(before, after)
    except AssertionError as error:
        raise AssertionError(f"{error} (on a table whose every stat is {level}: a new value computed "
                             "from the old one, such as 10 times it, can stay within 1-255)") from None


@pytest.mark.parametrize("name", FAULTS)
def test_an_empty_table_raises_value_error(pokemon, name):
    empty = pokemon.head(0)
    with must_raise(ValueError, f"{name} ({WHERE}) must refuse an empty table (there is no row to "
                                "break): check frame.empty first and raise ValueError"):
        try:
            getattr(faults, name)(empty)
        except (IndexError, KeyError) as error:
            pytest.fail(f"{name} ({WHERE}) raised {type(error).__name__}: {error} on an empty table: "
                        "an empty table has no first row (frame.index[0] does not exist). Check "
                        "frame.empty first and raise ValueError with a sentence saying why",
                        pytrace=False)


@pytest.mark.parametrize("name", FAULTS)
@settings(max_examples=12)
@given(rows=st.integers(1, 30), seed=st.integers(0, 2**31 - 1))
@example(rows=1, seed=0)
def test_fault_works_on_any_valid_table(name, rows, seed):
    """One-row tables, shuffled rows, any index labels: still exactly one fault of the kind."""
    before = _table(rows, seed)
    CHECKS[name](before, _break(name, before.copy()))


@pytest.mark.parametrize("name", FAULTS)
@pytest.mark.parametrize("labels", ["numbered-from-1", "text-labels"])
def test_fault_works_whatever_the_index_labels(pokemon, name, labels):
    """An index 1..n holds the label len(frame); an index of text holds no number at all."""
    before = pokemon.head(5)
    before.index = range(1, 6) if labels == "numbered-from-1" else [f"row-{i}" for i in range(5)]
    try:
        CHECKS[name](before, _break(name, before.copy()))
    except AssertionError as error:
        raise AssertionError(f"{error} (on a table whose index is {list(before.index)}: "
                             "frame.loc[len(frame)] names an existing row there, and frame.loc[0] "
                             "names no row)") from None
