"""Kata 1.1: load_raw_pokemon turns the messy export into the clean table.

Rules of the docstring, each with the test that enforces it:

1. Exactly POKEMON_COLUMNS, in order, with the promised dtypes (text as str or object, not category):
   test_loader_returns_a_new_frame_with_the_canonical_columns_in_order, test_columns_have_the_promised_dtypes.
2. Names stripped (unicode kept, a name spelt like a missing marker stays a name:
   test_a_name_spelt_like_a_missing_marker_is_a_name), types stripped and title-cased, every spelling of missing
   type2 read as missing, weights with ' kg', numbers like ' 44.0', booleans spelled five ways:
   test_every_messy_spelling_is_repaired, test_every_column_equals_the_clean_table.
3. A row whose base stat is missing, not a number, not whole or outside 1-255 is dropped; 1 and
   255 are kept: test_a_row_with_an_unrepairable_stat_is_dropped, test_stats_at_the_edges_are_kept,
   test_exactly_the_unrepairable_rows_are_dropped.
   A type2 spelt missing counts once stripped (' NA', 'None '): test_padded_spellings_of_a_missing_type2_are_missing.
4. Rows identical after standardising kept once (rows that only share an id all kept); sorted by
   pokemon_id, fresh index: test_rows_that_match_after_standardising_are_deduplicated,
   test_rows_that_only_share_an_id_are_all_kept, test_duplicate_rows_are_kept_once_and_rows_sorted_by_id.
5. FileNotFoundError for a missing file: test_a_missing_file_raises_file_not_found.
6. Any small export round-trips: test_any_small_export_round_trips.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pandas.api.types import is_object_dtype

from kata_framework import data
from kata_framework.expect import must_raise
from kata_framework.strategies import pokemon_frames
from katas.module1_data.loader import POKEMON_COLUMNS, load_raw_pokemon

WHERE = "load_raw_pokemon (katas/module1_data/loader.py)"
TEXT_COLUMNS = ("name", "type1", "type2")
INT_COLUMNS = ("pokemon_id", "hp", "attack", "defense", "sp_attack", "sp_defense", "speed",
               "generation", "capture_rate")
FLOAT_COLUMNS = ("height_m", "weight_kg")

RAW_HEADER = ("Pokemon ID, Name ,Type 1,Type 2,HP,Attack,Defense,Sp. Atk,Sp. Def,Speed,"
              "Generation,Capture Rate,Height (m),Weight (kg),Legendary")


@pytest.fixture(scope="module")
def loaded():
    """The learner's result on the real raw file, computed once (tests get copies)."""
    return load_raw_pokemon(data.raw_pokemon_path())


@pytest.fixture
def result(loaded):
    return loaded.copy(deep=True)


@pytest.fixture
def expected(pokemon):
    unrepairable = data.manifest()["raw_unrepairable_ids"]
    return pokemon[~pokemon["pokemon_id"].isin(unrepairable)].reset_index(drop=True)


def _same_cell(got, want) -> bool:
    """Equal values, both missing (NaN, None or pd.NA alike), or floats within 1e-9."""
    if pd.isna(want) or pd.isna(got):
        return bool(pd.isna(want) and pd.isna(got))
    if isinstance(want, float):
        return abs(float(got) - want) <= 1e-9
    return bool(got == want)


def _write_raw(tmp_path, rows: list[str]):
    path = tmp_path / "raw.csv"
    path.write_text("\n".join([RAW_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_loader_returns_a_new_frame_with_the_canonical_columns_in_order(result):
    assert isinstance(result, pd.DataFrame), f"{WHERE} must return a pandas DataFrame, got {type(result)}"
    assert list(result.columns) == list(POKEMON_COLUMNS), (
        f"{WHERE} returned the wrong columns: rename the raw headers to snake_case and order them "
        f"like POKEMON_COLUMNS.\n  got:      {list(result.columns)}\n  expected: {list(POKEMON_COLUMNS)}")


def test_columns_have_the_promised_dtypes(result):
    wrong = [f"{c}: {result[c].dtype} (want int64)" for c in INT_COLUMNS if result[c].dtype != "int64"]
    wrong += [f"{c}: {result[c].dtype} (want float64)" for c in FLOAT_COLUMNS if result[c].dtype != "float64"]
    if result["is_legendary"].dtype != "bool":
        wrong.append(f"is_legendary: {result['is_legendary'].dtype} (want bool)")
    wrong += [f"{c}: {result[c].dtype} (want str or object; a category column is not text)" for c in TEXT_COLUMNS
              if not (isinstance(result[c].dtype, pd.StringDtype) or is_object_dtype(result[c]))]
    assert not wrong, f"{WHERE} returned columns with the wrong dtype: parse them. " + "; ".join(wrong)


def test_exactly_the_unrepairable_rows_are_dropped(result, expected):
    got, want = set(result["pokemon_id"]), set(expected["pokemon_id"])
    assert got == want, (
        f"{WHERE} kept the wrong species. Drop exactly the rows whose base stats are missing, "
        f"not numbers or outside 1-255, and keep every other one.\n"
        f"  dropped but repairable: {sorted(want - got)[:10]}\n"
        f"  kept but unrepairable (or invented): {sorted(got - want)[:10]}")


def test_duplicate_rows_are_kept_once_and_rows_sorted_by_id(result):
    ids = result["pokemon_id"]
    assert not ids.duplicated().any(), (
        f"{WHERE} kept duplicate rows for ids {sorted(ids[ids.duplicated()].unique())[:10]}: "
        "drop rows that are identical after standardising")
    assert ids.is_monotonic_increasing, f"{WHERE} must sort the rows by pokemon_id"
    assert list(result.index) == list(range(len(result))), (
        f"{WHERE} must return a fresh index 0..n-1 (reset_index(drop=True))")


@pytest.mark.parametrize("column", POKEMON_COLUMNS)
def test_every_column_equals_the_clean_table(result, expected, column):
    assert list(result.columns) == list(POKEMON_COLUMNS), f"{WHERE}: fix the columns first"
    assert list(result["pokemon_id"]) == list(expected["pokemon_id"]), (
        f"{WHERE}: fix which rows are kept (and their order) first")
    got, want = result[column].astype(object), expected[column].astype(object)
    mismatch = pd.Series([not _same_cell(a, b) for a, b in zip(got, want)], index=got.index)
    examples = [f"id {result['pokemon_id'][i]}: got {got[i]!r}, want {want[i]!r}"
                for i in mismatch[mismatch].index[:5]]
    assert not mismatch.any(), (
        f"{WHERE} produced wrong values in {column!r} for {int(mismatch.sum())} rows: "
        f"{'; '.join(examples)}")


def test_every_messy_spelling_is_repaired(tmp_path):
    path = _write_raw(tmp_path, [
        "3 ,Flabébé , fairy,NA, 44.0,38 ,39,61,79,42 ,6, 225.0,0.1 ,0.1 kg,no",
        "1,Nidoran♀,POISON,-,55,47,52,40,40,41,1,235,0.4,7 kg,FALSE",
        "2,Bulkhorn,water ,fire,90,90,90,90,90,90,2,3,2.5,300.5,yes",
        "4,Noneish,Grass,None,60,60,60,60,60,60,1,45,1,10,1",
        "5,Emptyish,Grass,,60,60,60,60,60,60,1,45,1,10,0",
        "6,Truish,Grass,normal ,60,60,60,60,60,60,1,45,1,10,True",
        "7,Trueish,Grass,FLYING,60,60,60,60,60,60,1,45,1,10,TRUE",
    ])
    result = load_raw_pokemon(path)
    assert list(result["pokemon_id"]) == [1, 2, 3, 4, 5, 6, 7], (
        f"{WHERE} dropped or reordered repairable rows: got ids {list(result['pokemon_id'])}")
    rows = result.set_index("pokemon_id")
    assert rows.loc[3, "name"] == "Flabébé" and rows.loc[1, "name"] == "Nidoran♀", (
        f"{WHERE} must strip names and keep unicode as is, got {list(rows['name'])}")
    assert list(rows["type1"]) == ["Poison", "Water", "Fairy", "Grass", "Grass", "Grass", "Grass"], (
        f"{WHERE} must strip and title-case type1, got {list(rows['type1'])}")
    type2 = [None if pd.isna(v) else v for v in rows["type2"]]
    assert type2 == [None, "Fire", None, None, None, "Normal", "Flying"], (
        f"{WHERE} must title-case type2 and read '', 'None', '-' and 'NA' as missing, got {type2}")
    assert list(rows["weight_kg"]) == [7.0, 300.5, 0.1, 10.0, 10.0, 10.0, 10.0], (
        f"{WHERE} must parse weights with and without ' kg', got {list(rows['weight_kg'])}")
    assert list(rows["is_legendary"]) == [False, True, False, True, False, True, True], (
        f"{WHERE} read the booleans wrongly (raw: FALSE, yes, no, 1, 0, True, TRUE), got "
        f"{list(rows['is_legendary'])}")
    assert rows.loc[3, "hp"] == 44 and rows.loc[3, "capture_rate"] == 225 and rows.loc[2, "capture_rate"] == 3, (
        f"{WHERE} must parse numbers written as ' 44.0' or '225.0'")


BAD_STATS = {
    "hp-question-mark": "?,50,50,50,50,50", "hp-empty": ",50,50,50,50,50", "hp-minus-1": "-1,50,50,50,50,50",
    "hp-9999": "9999,50,50,50,50,50", "hp-n/a": "n/a,50,50,50,50,50", "attack-question-mark": "50,?,50,50,50,50",
    "hp-0": "0,50,50,50,50,50", "speed-256": "50,50,50,50,50,256", "speed-50.5": "50,50,50,50,50,50.5",
}


@pytest.mark.parametrize("bad_stats", BAD_STATS.values(), ids=BAD_STATS.keys())
def test_a_row_with_an_unrepairable_stat_is_dropped(tmp_path, bad_stats):
    path = _write_raw(tmp_path, [
        "1,Goodmon,Fire,,50,50,50,50,50,50,1,45,1,10,no",
        f"2,Badmon,Fire,,{bad_stats},1,45,1,10,no",
    ])
    result = load_raw_pokemon(path)
    assert list(result["pokemon_id"]) == [1], (
        f"{WHERE} kept a row whose stats are {bad_stats!r}: a stat that is missing, not a whole "
        f"number or outside 1-255 cannot be repaired, so drop the row (got ids {list(result['pokemon_id'])})")


def test_stats_at_the_edges_are_kept(tmp_path):
    path = _write_raw(tmp_path, [
        "1,Lowmon,Fire,,1,1,1,1,1,1,1,45,1,10,no",
        "2,Highmon,Fire,,255,255,255,255,255,255,1,45,1,10,no",
        "3,Midmon,Fire,,1.0,255.0,50,50,50,50,1,45,1,10,no",
    ])
    result = load_raw_pokemon(path)
    assert list(result["pokemon_id"]) == [1, 2, 3], (
        f"{WHERE} dropped a row whose stats are 1 or 255: the valid range 1-255 includes both ends "
        f"(got ids {list(result['pokemon_id'])})")


def test_rows_that_match_after_standardising_are_deduplicated(tmp_path):
    path = _write_raw(tmp_path, [
        "9,Twinmon, fire,-,50,50,50,50,50,50,1,45,1,10,no",
        "9 ,Twinmon ,FIRE,NA, 50.0,50,50,50,50,50,1,45.0,1.0,10 kg,false",
    ])
    result = load_raw_pokemon(path)
    assert len(result) == 1, (
        f"{WHERE} kept {len(result)} copies of a row that differs only in spelling: "
        "deduplicate after standardising, not before")


def test_rows_that_only_share_an_id_are_all_kept(tmp_path):
    path = _write_raw(tmp_path, [
        "9,Twinmon,Fire,,50,50,50,50,50,50,1,45,1,10,no",
        "9,Twinmon,Fire,,60,50,50,50,50,50,1,45,1,10,no",
        "9,Othermon,Fire,,50,50,50,50,50,50,1,45,1,10,no",
    ])
    result = load_raw_pokemon(path)
    rows = sorted(zip(result["name"], result["hp"]))
    assert rows == [("Othermon", 50), ("Twinmon", 50), ("Twinmon", 60)], (
        f"{WHERE} kept {rows} (name, hp) of three rows with pokemon_id 9 that differ in hp or name: "
        "only rows identical in every column after standardising are duplicates "
        "(drop_duplicates() without a subset)")


def test_padded_spellings_of_a_missing_type2_are_missing(tmp_path):
    path = _write_raw(tmp_path, [
        "1,Amon,Fire, NA,50,50,50,50,50,50,1,45,1,10,no",
        "2,Bmon,Fire,None ,50,50,50,50,50,50,1,45,1,10,no",
        "3,Cmon,Fire, - ,50,50,50,50,50,50,1,45,1,10,no",
        "4,Dmon,Fire,  ,50,50,50,50,50,50,1,45,1,10,no",
    ])
    result = load_raw_pokemon(path)
    type2 = [None if pd.isna(v) else v for v in result["type2"]]
    assert type2 == [None, None, None, None], (
        f"{WHERE} read the type2 cells ' NA', 'None ', ' - ' and '  ' as {type2}: strip first, then "
        "recognise the spellings of missing (an empty type2, None, - or NA)")


def test_a_name_spelt_like_a_missing_marker_is_a_name(tmp_path):
    path = _write_raw(tmp_path, [
        "1,None,Normal,,50,50,50,50,50,50,1,45,1,10,no",
        "2,NA ,Normal,,50,50,50,50,50,50,1,45,1,10,no",
    ])
    result = load_raw_pokemon(path)
    names = [None if pd.isna(v) else v for v in result["name"]]
    assert names == ["None", "NA"], (
        f"{WHERE} read the names 'None' and 'NA' as {names}: only type2 has spellings of missing. "
        "read_csv turns 'NA', 'None', 'null' and more into NaN in every column by default: read "
        "with keep_default_na=False and decide per column what counts as missing")


def test_a_missing_file_raises_file_not_found(tmp_path):
    with must_raise(FileNotFoundError, f"{WHERE} must raise FileNotFoundError for a path that does not "
                                       "exist, not return an empty table"):
        load_raw_pokemon(tmp_path / "nowhere.csv")


RAW_ORDER = ["pokemon_id", "name", "type1", "type2", "hp", "attack", "defense", "sp_attack",
             "sp_defense", "speed", "generation", "capture_rate", "height_m", "weight_kg", "is_legendary"]


def _messy_export(clean: pd.DataFrame, rnd) -> pd.DataFrame:
    """Write ``clean`` the way the upstream system does: padded, mixed case, odd spellings."""
    pick = rnd.choice
    raw = pd.DataFrame({
        "pokemon_id": [pick([f"{v}", f" {v}", f"{v}.0"]) for v in clean["pokemon_id"]],
        "name": [pick([n, f"{n} "]) for n in clean["name"]],
        "type1": [pick([t, t.lower(), t.upper(), f" {t}"]) for t in clean["type1"]],
        "type2": [pick(["", "None", "-", "NA"]) if pd.isna(t) else pick([t, t.upper(), f"{t.lower()} "])
                  for t in clean["type2"]],
        **{c: [pick([f"{v}", f" {v}.0", f"{v} "]) for v in clean[c]]
           for c in ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "generation", "capture_rate"]},
        "height_m": [f"{v:g}" for v in clean["height_m"]],
        "weight_kg": [pick([f"{v:g}", f"{v:g} kg"]) for v in clean["weight_kg"]],
        "is_legendary": [pick(["True", "TRUE", "yes", "1"] if v else ["False", "false", "no", "0"])
                         for v in clean["is_legendary"]],
    }, columns=RAW_ORDER)
    return raw.set_axis(RAW_HEADER.split(","), axis=1)


def _two_species() -> pd.DataFrame:
    """Two rows shaped like the property test's tables, one with a missing type2, one unicode name."""
    return pd.DataFrame({"pokemon_id": [1, 2], "name": ["Pikachu", "Flabébé"], "type1": ["Electric", "Fairy"],
                          "type2": pd.array([None, "Flying"], dtype="string"), "hp": [35, 44], "attack": [55, 38],
                          "defense": [40, 39], "sp_attack": [50, 61], "sp_defense": [50, 79], "speed": [90, 42],
                          "generation": [1, 6], "is_legendary": [False, True]})


@settings(max_examples=12)
@given(pokemon_frames(), st.randoms(use_true_random=False))
@example(_two_species(), random.Random(0))
def test_any_small_export_round_trips(frame, rnd):
    """Empty and one-row files, unicode names and duplicate rows: the loader recovers the table."""
    clean = frame.assign(
        # names must be unique and unpadded; the id keeps a duplicate row's name equal to its twin's
        name=[f"{name.strip() or 'x'}#{pokemon_id}" for name, pokemon_id in zip(frame["name"], frame["pokemon_id"])],
        height_m=0.5, weight_kg=12.5, capture_rate=45,
    )[list(POKEMON_COLUMNS)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "raw.csv"
        _messy_export(clean, rnd).to_csv(path, index=False, encoding="utf-8")
        result = load_raw_pokemon(path)
    expected = clean.drop_duplicates().sort_values("pokemon_id", kind="stable").reset_index(drop=True)
    assert list(result.columns) == list(POKEMON_COLUMNS), f"{WHERE} returned columns {list(result.columns)}"
    assert len(result) == len(expected), (
        f"{WHERE} returned {len(result)} rows for a {len(frame)}-row export with "
        f"{int(frame.duplicated().sum())} duplicate(s); expected {len(expected)}")
    for column in POKEMON_COLUMNS:
        cells = [(a, b) for a, b in zip(result[column].astype(object), expected[column].astype(object))
                 if not _same_cell(a, b)]
        assert not cells, f"{WHERE} read {column!r} wrongly: (got, want) {cells[:3]}"
