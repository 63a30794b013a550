"""Kata 1.4: prepare_pokemon, refactored: same output, input never touched, reproducible.

Rules of the docstring, each with the test that enforces it:

1. Exact duplicates dropped, stats filled with the median of the deduplicated rows, total_stats
   added (missing when a stat stays missing), sorted by pokemon_id with a fresh index, stats as
   float64, other dtypes kept: test_output_is_the_intended_cleaning,
   test_the_median_is_taken_over_the_deduplicated_rows, test_any_table_is_cleaned_as_intended_and_left_untouched.
2. The input is never modified: test_the_input_frame_is_never_modified.
3. No state between calls: test_two_runs_give_identical_output.
4. A seeded sample without replacement, from the cleaned rows: test_sampling_is_reproducible_from_the_seed,
   test_a_sample_is_drawn_from_the_cleaned_rows.
5. sample_size >= the row count keeps every row (equality included); 0 keeps none:
   test_a_sample_as_large_as_the_table_keeps_every_row, test_a_sample_of_zero_rows_is_empty.
6. Only exact duplicates are dropped (rows sharing a pokemon_id but differing elsewhere stay):
   test_rows_that_only_share_an_id_are_all_kept.
7. The sort is stable (rows sharing a pokemon_id keep their input order):
   test_rows_with_the_same_id_keep_their_order; of two exact duplicates the first is kept, so
   it stays before a different row with the same pokemon_id that follows it:
   test_the_first_copy_of_a_duplicate_row_is_kept.
8. The default seed is 0: test_the_default_seed_is_0.
9. A stat column with no values stays missing, and so does total_stats:
   test_a_stat_with_no_values_leaves_the_total_missing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings

from kata_framework.strategies import pokemon_frames
from katas.module1_data.messy_loader import prepare_pokemon

WHERE = "prepare_pokemon (katas/module1_data/messy_loader.py)"
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]


def _intended(frame: pd.DataFrame) -> pd.DataFrame:
    """The docstring's steps 1, 2, 3 and 5, written out plainly."""
    out = frame.drop_duplicates().astype(dict.fromkeys(STATS, "float64"))
    medians = out[STATS].median()
    for column in STATS:
        out[column] = out[column].fillna(medians[column])
    out["total_stats"] = out[STATS].sum(axis=1, skipna=False)
    return out.sort_values("pokemon_id", kind="stable").reset_index(drop=True)


def _up_to_the_learners_code(error: BaseException) -> None:
    """Cut ``error``'s traceback after its last frame in the file that defines prepare_pokemon:
    the frames inside pandas below it tell the learner nothing, and showing them costs time."""
    own_file = prepare_pokemon.__code__.co_filename
    entry, last_own = error.__traceback__, None
    while entry is not None:
        if entry.tb_frame.f_code.co_filename == own_file:
            last_own = entry
        entry = entry.tb_next
    if last_own is not None:
        last_own.tb_next = None


def _prepare(frame: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Call the learner's function; turn a crash into a message that says where to look."""
    try:
        return prepare_pokemon(frame, **kwargs)
    except NotImplementedError:
        raise
    except Exception as error:
        _up_to_the_learners_code(error)
        pytest.fail(
            f"{WHERE} raised {type(error).__name__}: {error} on a {len(frame)}-row table "
            f"(arguments {kwargs or 'none'}). If the same call works in a fresh Python session, "
            "an earlier call left state behind: look for module-level sets, caches or counters.")


def _messy(pokemon: pd.DataFrame) -> pd.DataFrame:
    """The clean table with what real data has: gaps, repeated rows, no particular order."""
    frame = pokemon.head(120).copy()  # 120 species are enough, and a slow row loop stays quick
    frame.loc[[3, 50, 51, 100], "hp"] = np.nan
    frame.loc[[7, 100], "speed"] = np.nan
    frame = pd.concat([frame, frame.iloc[[10, 11, 100]]])
    return frame.sample(frac=1.0, random_state=1)


def _assert_matches_intended(result, frame, context=""):
    expected = _intended(frame)
    assert isinstance(result, pd.DataFrame), f"{WHERE} must return a DataFrame{context}"
    assert list(result.columns) == list(expected.columns), (
        f"{WHERE} returned columns {list(result.columns)}{context}: keep the input's columns in "
        f"order and append total_stats")
    wrong_dtypes = {c: str(result[c].dtype) for c in expected if str(result[c].dtype) != str(expected[c].dtype)}
    assert not wrong_dtypes, (
        f"{WHERE} returned the wrong dtypes {wrong_dtypes}{context}: stats and total_stats are "
        "float64, every other column keeps its dtype (row loops like iterrows lose dtypes)")
    assert len(result) == len(expected), (
        f"{WHERE} returned {len(result)} rows, expected {len(expected)}{context}: drop exact "
        "duplicate rows only")
    pd.testing.assert_frame_equal(result, expected, check_exact=False, rtol=1e-9,
                                  obj=f"{WHERE} output{context}")


def test_output_is_the_intended_cleaning(pokemon):
    frame = _messy(pokemon)
    _assert_matches_intended(_prepare(frame), frame)


def test_the_input_frame_is_never_modified(pokemon):
    frame = _messy(pokemon)
    before = frame.copy(deep=True)
    _prepare(frame)
    _prepare(frame, sample_size=20, seed=3)
    pd.testing.assert_frame_equal(
        frame, before, obj=f"the caller's frame after {WHERE} (work on a copy: no fillna or new "
                           "columns on the input)")


def test_two_runs_give_identical_output(pokemon):
    frame = _messy(pokemon)
    first = _prepare(frame.copy())
    _prepare(pokemon.head(30))  # another call in between must not matter
    second = _prepare(frame.copy())
    pd.testing.assert_frame_equal(
        second, first, obj=f"a second run of {WHERE} (no state may survive between calls: no "
                           "module-level sets, caches or counters)")


def test_sampling_is_reproducible_from_the_seed(pokemon):
    frame = _messy(pokemon)
    first = _prepare(frame, sample_size=50, seed=7)
    again = _prepare(frame, sample_size=50, seed=7)
    pd.testing.assert_frame_equal(
        again, first, obj=f"two samples from {WHERE} with seed=7 (pass the seed to the sampler: "
                          "random_state=seed)")
    other = _prepare(frame, sample_size=50, seed=8)
    assert set(other["pokemon_id"]) != set(first["pokemon_id"]), (
        f"{WHERE} drew the same 50 rows for seed 7 and seed 8: use the seed argument, not a "
        "constant")


def test_a_sample_is_drawn_from_the_cleaned_rows(pokemon):
    frame = _messy(pokemon)
    full = _intended(frame)
    sample = _prepare(frame, sample_size=50, seed=7)
    assert len(sample) == 50, f"{WHERE} with sample_size=50 returned {len(sample)} rows"
    assert sample["pokemon_id"].is_unique, f"{WHERE} sampled a row twice: sample without replacement"
    merged = sample.merge(full, how="left", indicator=True)
    assert (merged["_merge"] == "both").all(), (
        f"{WHERE} returned sampled rows that are not rows of the cleaned table: sample after "
        "deduplicating and filling")
    assert sample["pokemon_id"].is_monotonic_increasing and list(sample.index) == list(range(50)), (
        f"{WHERE} must sort the sample by pokemon_id with a fresh index 0..n-1")


def test_a_sample_as_large_as_the_table_keeps_every_row(pokemon):
    frame = _messy(pokemon).head(12)
    _assert_matches_intended(_prepare(frame, sample_size=100, seed=1), frame,
                             " for sample_size larger than the table")
    rows = len(_intended(frame))
    _assert_matches_intended(_prepare(frame, sample_size=rows, seed=1), frame,
                             f" for sample_size equal to the {rows} cleaned rows")


def test_a_sample_of_zero_rows_is_empty(pokemon):
    frame = _messy(pokemon).head(12)
    result = _prepare(frame, sample_size=0, seed=1)
    assert isinstance(result, pd.DataFrame) and len(result) == 0, (
        f"{WHERE} with sample_size=0 returned {len(result)} rows: 0 is a size, not 'no sample' "
        "(test `sample_size is not None`, not the truth of sample_size)")
    assert list(result.columns) == [*frame.columns, "total_stats"], (
        f"{WHERE} with sample_size=0 must still return the columns, got {list(result.columns)}")


def test_the_median_is_taken_over_the_deduplicated_rows():
    base = {"name": "x", "attack": 50.0, "defense": 50.0, "sp_attack": 50.0, "sp_defense": 50.0, "speed": 50.0}
    frame = pd.DataFrame([{"pokemon_id": 1, "hp": 10.0, **base}, {"pokemon_id": 1, "hp": 10.0, **base},
                          {"pokemon_id": 2, "hp": 50.0, **base}, {"pokemon_id": 3, "hp": np.nan, **base},
                          {"pokemon_id": 4, "hp": 60.0, **base}])
    result = _prepare(frame)
    filled = result.loc[result["pokemon_id"] == 3, "hp"].tolist()
    assert filled == [50.0], (
        f"{WHERE} filled the missing hp with {filled}: the median of the deduplicated hp values "
        "10, 50, 60 is 50 (counting the duplicated 10 twice gives 30). Drop duplicates first")


def _rows_sharing_ids(ids: list[int]) -> pd.DataFrame:
    """Rows that differ (name and hp) but may share a pokemon_id: not duplicates of each other."""
    stats = {"attack": 50, "defense": 50, "sp_attack": 50, "sp_defense": 50, "speed": 50}
    return pd.DataFrame([{"pokemon_id": pokemon_id, "name": f"mon{row}", "hp": 10 + row, **stats}
                         for row, pokemon_id in enumerate(ids)])


def test_rows_that_only_share_an_id_are_all_kept():
    frame = _rows_sharing_ids([2, 1, 2])
    result = _prepare(frame)
    assert list(result["name"]) == ["mon1", "mon0", "mon2"], (
        f"{WHERE} returned names {list(result['name'])} for three rows of which two share pokemon_id 2 "
        "but differ in name and hp: only EXACT duplicates (every column equal) are dropped; "
        "drop_duplicates() without subset=")


def test_rows_with_the_same_id_keep_their_order():
    frame = _rows_sharing_ids([(row * 7) % 5 + 1 for row in range(20)])
    result = _prepare(frame)
    order = [int(name[3:]) for name in result["name"]]
    ties_in_order = all(earlier < later for earlier, later, id_earlier, id_later
                        in zip(order, order[1:], result["pokemon_id"], result["pokemon_id"][1:])
                        if id_earlier == id_later)
    assert result["pokemon_id"].is_monotonic_increasing and ties_in_order, (
        f"{WHERE} reordered rows that share a pokemon_id (input rows in output order: {order}): "
        "the sort must be stable, ties keep their input order. sort_values uses quicksort by "
        "default, which is not stable: pass kind=\"stable\"")


def test_the_first_copy_of_a_duplicate_row_is_kept():
    frame = _rows_sharing_ids([1, 1])
    frame = pd.concat([frame, frame.iloc[[0]]], ignore_index=True)  # mon0, mon1, mon0 again
    result = _prepare(frame)
    assert list(result["name"]) == ["mon0", "mon1"], (
        f"{WHERE} returned names {list(result['name'])} for rows mon0, mon1, mon0 (all with "
        "pokemon_id 1; the last is an exact copy of the first): keep the FIRST copy of a duplicate "
        "(drop_duplicates' default keep=\"first\"), so mon0 stays before mon1 after the stable sort")


def test_the_default_seed_is_0(pokemon):
    frame = _messy(pokemon)
    pd.testing.assert_frame_equal(
        _prepare(frame, sample_size=30), _prepare(frame, sample_size=30, seed=0),
        obj=f"{WHERE} with the default seed against seed=0 (the signature promises seed: int = 0)")


def test_a_stat_with_no_values_leaves_the_total_missing():
    frame = _rows_sharing_ids([1, 2, 3]).astype({"speed": "float64"}).assign(speed=float("nan"))
    result = _prepare(frame)
    assert result["speed"].isna().all() and result["total_stats"].isna().all(), (
        f"{WHERE} gave total_stats {list(result['total_stats'])} for rows whose speed column has "
        "no values at all: such a column stays missing and so does the total (sum with "
        "skipna=False, not a total of the five other stats)")


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
def test_any_table_is_cleaned_as_intended_and_left_untouched(frame):
    """Empty and one-row tables, NaN stats, unicode names and duplicate rows."""
    before = frame.copy(deep=True)
    context = f" for a {len(frame)}-row table"
    _assert_matches_intended(_prepare(frame), before, context)
    pd.testing.assert_frame_equal(frame, before, obj=f"the caller's frame after {WHERE}{context}")
    _assert_matches_intended(_prepare(frame), before, f"{context}, run a second time")
