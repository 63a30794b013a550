"""Kata 1.3: five fault functions, each corrupting a copy with exactly one fault the contract catches.

The faults are judged against the module's contract as specified in kata 1.2 (kept with the tests
in contract.py), so this kata can be done before or after 1.2.
"""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework import data
from katas.module1_data import faults
from .contract import TYPES, pokemon_schema

WHERE = "katas/module1_data/faults.py"
FAULTS = ["out_of_range_stat", "unknown_type", "duplicate_id", "missing_name", "type2_same_as_type1"]
STATS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def _table(rows: int, seed: int) -> pd.DataFrame:
    """A valid table: ``rows`` species of the clean table, in a shuffled order."""
    return data.pokemon().sample(rows, random_state=seed)


def _changed_cells(before: pd.DataFrame, after: pd.DataFrame, name: str) -> list[tuple[object, str]]:
    """(index label, column) of every cell that differs, after checking the frame's shape."""
    assert list(after.columns) == list(before.columns), (
        f"{name} ({WHERE}) changed the columns: keep them as they are, got {list(after.columns)}")
    assert after.index.equals(before.index), (
        f"{name} ({WHERE}) changed the index or the number of rows: change one cell only")
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
    assert not 1 <= value <= 255, (
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
    rows_before = _row_counts(before)
    rows_after = _row_counts(after)
    extra = rows_after - rows_before
    assert not (rows_before - rows_after) and sum(extra.values()) == 1, (
        f"duplicate_id ({WHERE}) changed the original rows: keep them and add a copy of one")
    assert next(iter(extra)) in rows_before, (
        f"duplicate_id ({WHERE}) added a row that is not an exact copy of an existing row")


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
    getattr(faults, name)(pokemon)
    pd.testing.assert_frame_equal(
        pokemon, before, obj=f"the input after {name} ({WHERE}): corrupt a copy (frame.copy()), "
                             "never the caller's frame")


@pytest.mark.parametrize("name", FAULTS)
def test_fault_is_exactly_one_fault_of_its_kind(pokemon, name):
    before = pokemon.head(50)
    CHECKS[name](before, getattr(faults, name)(before.copy()))


@pytest.mark.parametrize("name", FAULTS)
def test_fault_is_caught_by_the_contract(pokemon, name):
    broken = getattr(faults, name)(pokemon.head(50).copy())
    with pytest.raises(pandera.errors.SchemaErrors):
        pokemon_schema().validate(broken, lazy=True)
        pytest.fail(f"{name} ({WHERE}) returned a table the contract of kata 1.2 accepts: it "
                    "did not break the data")


@pytest.mark.parametrize("name", FAULTS)
def test_an_empty_table_raises_value_error(pokemon, name):
    with pytest.raises(ValueError):
        getattr(faults, name)(pokemon.head(0))
        pytest.fail(f"{name} ({WHERE}) returned for an empty table: raise ValueError (no row to break)")


@pytest.mark.parametrize("name", FAULTS)
@settings(max_examples=12)
@given(rows=st.integers(1, 30), seed=st.integers(0, 2**31 - 1))
def test_fault_works_on_any_valid_table(name, rows, seed):
    """One-row tables, shuffled rows, any index labels: still exactly one fault of the kind."""
    before = _table(rows, seed)
    CHECKS[name](before, getattr(faults, name)(before.copy()))
