"""Kata 1.5: dataset_fingerprint names a dataset version and changes exactly when content does."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kata_framework.strategies import pokemon_frames
from katas.module1_data.fingerprint import dataset_fingerprint

WHERE = "dataset_fingerprint (katas/module1_data/fingerprint.py)"


def test_fingerprint_is_a_sha256_hex_digest(pokemon):
    fingerprint = dataset_fingerprint(pokemon)
    assert isinstance(fingerprint, str) and re.fullmatch(r"[0-9a-f]{64}", fingerprint), (
        f"{WHERE} must return a 64-character lowercase hex SHA-256 digest, got {fingerprint!r}")


def test_fingerprint_does_not_modify_the_dataset(pokemon):
    before = pokemon.copy(deep=True)
    dataset_fingerprint(pokemon)
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the dataset after {WHERE}")


@settings(max_examples=25)
@given(pokemon_frames(nan_stats=True), st.randoms(use_true_random=False))
def test_same_content_gives_the_same_fingerprint(frame, rnd):
    rows = list(range(len(frame)))
    rnd.shuffle(rows)
    columns = list(frame.columns)
    rnd.shuffle(columns)
    reordered = frame.iloc[rows][columns]
    reindexed = frame.set_axis(range(100, 100 + len(frame)))
    expected = dataset_fingerprint(frame)
    assert dataset_fingerprint(frame.copy(deep=True)) == expected, f"{WHERE} differs for a copy"
    assert dataset_fingerprint(reordered) == expected, (
        f"{WHERE} changed when only the order of rows or columns changed: a dataset's version "
        "must not depend on how it happens to be sorted")
    assert dataset_fingerprint(reindexed) == expected, (
        f"{WHERE} changed when only the index labels changed: hash the content, not the index")


@settings(max_examples=25)
@given(pokemon_frames(min_rows=1, nan_stats=True), st.data())
def test_any_changed_cell_changes_the_fingerprint(frame, data):
    row = data.draw(st.integers(0, len(frame) - 1), label="row")
    column = data.draw(st.sampled_from(["name", "hp", "attack", "is_legendary", "type1"]), label="column")
    changed = frame.copy()
    old = changed.iloc[row][column]
    if column == "name":
        new = f"{old}!"
    elif column == "is_legendary":
        new = not old
    elif column == "type1":
        new = "Fire" if old != "Fire" else "Water"
    else:
        new = 7 if pd.isna(old) or old != 7 else 8
    changed.iloc[row, changed.columns.get_loc(column)] = new
    assume(not changed.equals(frame))
    assert dataset_fingerprint(changed) != dataset_fingerprint(frame), (
        f"{WHERE} did not change when {column!r} in row {row} changed from {old!r} to {new!r}")


def test_renamed_column_changes_the_fingerprint(pokemon):
    for old, new in [("hp", "hit_points"), ("hp", "HP")]:
        renamed = pokemon.rename(columns={old: new})
        assert dataset_fingerprint(renamed) != dataset_fingerprint(pokemon), (
            f"{WHERE} ignores column names: renaming {old!r} to {new!r} is a new version of the data")


def test_dtype_change_changes_the_fingerprint(pokemon):
    for column, dtype in [("hp", "float64"), ("hp", "int32"), ("type1", "category")]:
        changed = pokemon.astype({column: dtype})
        assert dataset_fingerprint(changed) != dataset_fingerprint(pokemon), (
            f"{WHERE} ignores dtypes: {column} stored as {dtype} instead of "
            f"{pokemon[column].dtype} is a schema change")


@settings(max_examples=25)
@given(pokemon_frames(min_rows=1, duplicates=False))
def test_added_or_duplicated_row_changes_the_fingerprint(frame):
    doubled = pd.concat([frame, frame.iloc[[0]]])
    assert dataset_fingerprint(doubled) != dataset_fingerprint(frame), (
        f"{WHERE} did not change when a row was duplicated: duplicates are content too")
    assert dataset_fingerprint(frame.iloc[1:]) != dataset_fingerprint(frame), (
        f"{WHERE} did not change when a row was removed")


def test_missing_values_and_unicode_are_handled():
    frame = pd.DataFrame({"name": ["Flabébé", "Nidoran♀"], "hp": [np.nan, 46.0]})
    other = pd.DataFrame({"name": ["Flabébé", "Nidoran♀"], "hp": [0.0, 46.0]})
    assert dataset_fingerprint(frame) == dataset_fingerprint(frame.copy())
    assert dataset_fingerprint(frame) != dataset_fingerprint(other), (
        f"{WHERE} treats a missing value (NaN) like 0: missing is not zero")
    missing_name = pd.DataFrame({"name": ["Flabébé", None]})
    empty_name = pd.DataFrame({"name": ["Flabébé", ""]})
    assert dataset_fingerprint(missing_name) != dataset_fingerprint(empty_name), (
        f"{WHERE} treats a missing name like an empty string: missing is not empty")
