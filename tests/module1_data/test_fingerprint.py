"""Kata 1.5: dataset_fingerprint names a dataset version and changes exactly when content does.

Rules of the docstring, each with the test that enforces it:

1. A 64-character lowercase SHA-256 hex digest: test_fingerprint_is_a_sha256_hex_digest.
2. The frame is not modified: test_fingerprint_does_not_modify_the_dataset.
3. Ignores row order, column order and index labels: test_same_content_gives_the_same_fingerprint.
4. Ignores how text is stored (str, string, object; None, NaN, pd.NA):
   test_text_storage_does_not_change_the_fingerprint.
5. Any changed cell, renamed column, changed dtype (nullable Int64 against int64 included) changes it:
   test_any_changed_cell_changes_the_fingerprint, test_renamed_column_changes_the_fingerprint,
   test_dtype_change_changes_the_fingerprint; cells swapped between rows and the smallest float
   change too, and any column of a wide table: test_swapping_cells_between_rows_changes_the_fingerprint,
   test_the_smallest_float_change_changes_the_fingerprint, test_a_changed_cell_counts_in_a_wide_table.
6. Adding or removing a row changes it; duplicates count (two extra copies do not cancel, and
   which row is repeated matters at an equal row count, and pairs of copies do not cancel):
   test_added_removed_or_duplicated_rows_change_the_fingerprint,
   test_which_row_is_repeated_changes_the_fingerprint.
7. Values in object columns are hashed with their kind: test_values_are_hashed_with_their_type.
8. Missing is neither 0 nor ""; unicode text is hashed whole (a change in a non-ASCII character
   counts): test_missing_values_and_unicode_are_handled,
   test_a_change_in_a_non_ascii_character_changes_the_fingerprint.
9. Reproducible across processes (PYTHONHASHSEED): test_two_processes_give_the_same_fingerprint.
10. index=True: the index counts, as in frame.reset_index(): test_an_index_that_carries_data_can_count.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kata_framework.strategies import pokemon_frames
from katas.module1_data.fingerprint import dataset_fingerprint

WHERE = "dataset_fingerprint (katas/module1_data/fingerprint.py)"

SMALL = pd.DataFrame({"name": ["Pikachu", "Flabébé", "Nidoran♀"], "hp": [35, 44, 55],
                      "type2": pd.array([None, "Fairy", None], dtype="string")})


def test_fingerprint_is_a_sha256_hex_digest(pokemon):
    fingerprint = dataset_fingerprint(pokemon)
    assert isinstance(fingerprint, str) and re.fullmatch(r"[0-9a-f]{64}", fingerprint), (
        f"{WHERE} must return a 64-character lowercase hex SHA-256 digest, got {fingerprint!r}")


def test_fingerprint_does_not_modify_the_dataset(pokemon):
    before = pokemon.copy(deep=True)
    dataset_fingerprint(pokemon)
    dataset_fingerprint(pokemon, index=True)
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the dataset after {WHERE}")


@settings(max_examples=10)
@given(pokemon_frames(nan_stats=True), st.randoms(use_true_random=False))
@example(SMALL, __import__("random").Random(0))
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
        f"{WHERE} changed when only the index labels changed: by default hash the content, not "
        "the index")


def test_text_storage_does_not_change_the_fingerprint():
    expected = dataset_fingerprint(SMALL)
    for what, frame in [
        ("object columns", SMALL.astype({"name": object, "type2": object})),
        ("the nullable string dtype", SMALL.astype({"name": "string"})),
        ("None instead of pd.NA in an object column",
         SMALL.assign(type2=pd.Series([None, "Fairy", None], dtype=object))),
        ("NaN instead of pd.NA in an object column",
         SMALL.assign(type2=pd.Series([np.nan, "Fairy", np.nan], dtype=object))),
    ]:
        assert dataset_fingerprint(frame) == expected, (
            f"{WHERE} changed when only the storage of text changed ({what}): pandas versions "
            "read the same CSV as str or object, so a library upgrade alone would make a new "
            "'version' of the data. Treat every text dtype alike, and every missing marker alike")


def _two_species() -> pd.DataFrame:
    """Two rows shaped like the property test's tables: a NaN stat and a missing type2."""
    return pd.DataFrame({"pokemon_id": [1, 2], "name": ["Pikachu", "Flabébé"], "type1": ["Electric", "Fairy"],
                          "type2": pd.array([None, "Flying"], dtype="string"), "hp": [35.0, float("nan")],
                          "attack": [55.0, 38.0], "generation": [1, 6], "is_legendary": [False, True]})


@settings(max_examples=15)
@given(pokemon_frames(min_rows=1, nan_stats=True), st.integers(0, 11),
       st.sampled_from(["name", "hp", "attack", "is_legendary", "type1"]))
@example(_two_species(), 1, "hp")
def test_any_changed_cell_changes_the_fingerprint(frame, which_row, column):
    row = which_row % len(frame)
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


def test_swapping_cells_between_rows_changes_the_fingerprint():
    swapped = SMALL.assign(hp=[44, 35, 55])
    assert dataset_fingerprint(swapped) != dataset_fingerprint(SMALL), (
        f"{WHERE} gave the same fingerprint after Pikachu's and Flabébé's hp were swapped: every "
        "column still holds the same values, but two rows changed. Hash whole rows and sort the "
        "row hashes; sorting each column's values on its own loses which values share a row")


def test_a_changed_cell_counts_in_a_wide_table():
    wide = pd.DataFrame({f"c{i:02d}": [i, i + 100] for i in range(70)})
    for column in ("c00", "c35", "c69"):
        changed = wide.copy()
        changed.loc[0, column] = -1
        assert dataset_fingerprint(changed) != dataset_fingerprint(wide), (
            f"{WHERE} did not change when column {column!r} of a 70-column table changed: when "
            "column hashes are mixed into a row hash, mix them so no column's share is shifted or "
            "multiplied out of 64 bits (an odd multiplier, not an even one or a shift)")


FLOAT_CHANGES = {"7th-decimal": 0.1234568, "next-float": float(np.nextafter(0.1234567, 1.0))}


@pytest.mark.parametrize("new", FLOAT_CHANGES.values(), ids=FLOAT_CHANGES.keys())
def test_the_smallest_float_change_changes_the_fingerprint(new):
    one = pd.DataFrame({"height_m": [0.1234567, 2.0]})
    other = pd.DataFrame({"height_m": [new, 2.0]})
    assert dataset_fingerprint(other) != dataset_fingerprint(one), (
        f"{WHERE} gave the same fingerprint to a height of 0.1234567 and of {new!r}: any changed "
        "value is a new version, so hash floats exactly (their bytes, or repr()), never rounded")


def test_renamed_column_changes_the_fingerprint(pokemon):
    for old, new in [("hp", "hit_points"), ("hp", "HP")]:
        renamed = pokemon.rename(columns={old: new})
        assert dataset_fingerprint(renamed) != dataset_fingerprint(pokemon), (
            f"{WHERE} ignores column names: renaming {old!r} to {new!r} is a new version of the data")


def test_dtype_change_changes_the_fingerprint(pokemon):
    for column, dtype in [("hp", "float64"), ("hp", "int32"), ("hp", "Int64"), ("type1", "category")]:
        changed = pokemon.astype({column: dtype})
        assert dataset_fingerprint(changed) != dataset_fingerprint(pokemon), (
            f"{WHERE} ignores dtypes: {column} stored as {dtype} instead of "
            f"{pokemon[column].dtype} is a schema change")


@settings(max_examples=10)
@given(pokemon_frames(min_rows=1, duplicates=False))
@example(SMALL)
def test_added_removed_or_duplicated_rows_change_the_fingerprint(frame):
    original = dataset_fingerprint(frame)
    for what, changed in [("a row was duplicated", pd.concat([frame, frame.iloc[[0]]])),
                          ("two copies of a row were added", pd.concat([frame, frame.iloc[[0, 0]]])),
                          ("a row was removed", frame.iloc[1:])]:
        assert dataset_fingerprint(changed) != original, (
            f"{WHERE} did not change when {what}: duplicates are content too (combining row "
            "hashes with XOR lets two copies of a row cancel out: sort the row hashes instead)")


def test_which_row_is_repeated_changes_the_fingerprint():
    first_twice = pd.concat([SMALL, SMALL.iloc[[0]]])
    last_twice = pd.concat([SMALL, SMALL.iloc[[2]]])
    assert dataset_fingerprint(first_twice) != dataset_fingerprint(last_twice), (
        f"{WHERE} gave the same fingerprint to a table with Pikachu twice and one with Nidoran♀ "
        "twice (same row count): each copy of a row counts, so keep every row hash (sorted), not "
        "a set of distinct rows plus the row count")
    with_two_flabebe = SMALL.iloc[[0, 1, 1]]
    with_two_nidoran = SMALL.iloc[[0, 2, 2]]
    assert dataset_fingerprint(with_two_flabebe) != dataset_fingerprint(with_two_nidoran), (
        f"{WHERE} gave the same fingerprint to Pikachu with two Flabébé and Pikachu with two "
        "Nidoran♀ (same row count): the pairs of copies cancelled out. Combining row hashes "
        "with XOR loses every row that appears an even number of times, whatever else is "
        "hashed beside them (the row count too): sort the row hashes and hash them all")


# Each pair is an object column of mixed kinds on both sides (a third value, 7, stays a number),
# so only the kind of the first value differs.
TYPE_DRIFT = {
    "int-vs-text": ([1, "a", 7], ["1", "a", 7]),
    "bool-vs-text": ([True, "x", 7], ["True", "x", 7]),
    "float-vs-text": ([1.5, "x", 7], ["1.5", "x", 7]),
    "int-vs-float": ([1, "x", 7], [1.0, "x", 7]),
    "missing-vs-text-nan": ([None, "x", 7], ["nan", "x", 7]),
}


@pytest.mark.parametrize(("left", "right"), TYPE_DRIFT.values(), ids=TYPE_DRIFT.keys())
def test_values_are_hashed_with_their_type(left, right):
    one = pd.DataFrame({"code": pd.Series(left, dtype=object)})
    other = pd.DataFrame({"code": pd.Series(right, dtype=object)})
    assert dataset_fingerprint(one) != dataset_fingerprint(other), (
        f"{WHERE} gave {left!r} and {right!r} (an object column) the same fingerprint: hash each "
        "value with its type, because a raw export whose numbers turned into text has changed")


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


NON_ASCII_CHANGES = {"accent": ("Flabébé", "Flabèbè"), "symbol": ("Nidoran♀", "Nidoran♂"),
                     "script": ("ポッポ", "ポッピ")}


@pytest.mark.parametrize(("old", "new"), NON_ASCII_CHANGES.values(), ids=NON_ASCII_CHANGES.keys())
def test_a_change_in_a_non_ascii_character_changes_the_fingerprint(old, new):
    before = pd.DataFrame({"name": ["Pikachu", old], "hp": [35, 44]})
    after = before.assign(name=["Pikachu", new])
    assert dataset_fingerprint(after) != dataset_fingerprint(before), (
        f"{WHERE} gave the same fingerprint after the name {old!r} became {new!r}: the change is in a "
        "character outside ASCII, so encode text as UTF-8 (str.encode('utf-8')), never as ASCII "
        "with errors='ignore' or 'replace', which drops or blurs exactly those characters")


_FINGERPRINTS = """
import pandas as pd
from katas.module1_data.fingerprint import dataset_fingerprint
frame = pd.DataFrame({"name": ["Pikachu", "Flabébé", "Mr. Mime"], "type1": ["Electric", "Fairy", "Psychic"],
                      "code": pd.Series([1, "a", None], dtype=object), "hp": [35, 44, 40]})
print(dataset_fingerprint(frame))
print(dataset_fingerprint(frame.set_index("name"), index=True))
"""


@pytest.mark.timeout(60)  # two fresh interpreters import pandas: seconds on a busy machine
def test_two_processes_give_the_same_fingerprint(run_under_hash_seeds):
    here: list[str] = []
    exec(_FINGERPRINTS, {"print": here.append})  # this process first: a stub stops here
    first, second = run_under_hash_seeds(_FINGERPRINTS)
    assert first == second == "".join(f"{line}\n" for line in here), (
        f"{WHERE} gave another fingerprint in another Python process (PYTHONHASHSEED 1 vs 2): "
        "built-in hash() of text is salted per process, so a version name built on it changes "
        "on every run. Use hashlib or pandas.util.hash_pandas_object")


def test_an_index_that_carries_data_can_count(pokemon):
    by_id = pokemon.set_index("pokemon_id")
    assert dataset_fingerprint(by_id, index=True) == dataset_fingerprint(by_id.reset_index()), (
        f"{WHERE} with index=True must treat the index as columns: the same fingerprint as "
        "frame.reset_index()")
    relabelled = by_id.set_axis(by_id.index + 1000)
    assert dataset_fingerprint(relabelled, index=True) != dataset_fingerprint(by_id, index=True), (
        f"{WHERE} with index=True did not change when the ids in the index changed: the index "
        "carries data here, so it is content")
    assert dataset_fingerprint(relabelled) == dataset_fingerprint(by_id), (
        f"{WHERE} without index=True must ignore the index labels")
