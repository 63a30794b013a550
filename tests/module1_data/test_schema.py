"""Kata 1.2: pokemon_schema is the table's contract; validate_pokemon reports every failure."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from kata_framework import data
from katas.module1_data.schema import pokemon_schema, validate_pokemon

WHERE = "validate_pokemon (katas/module1_data/schema.py)"
SCHEMA = "pokemon_schema (katas/module1_data/schema.py)"


def _set(frame, row, column, value):
    if column in frame and frame[column].dtype == "int64" and not isinstance(value, int):
        frame[column] = frame[column].astype(object)
    frame.loc[row, column] = value
    return frame


#: One fault each: (id, what is wrong, corruption of a copy of the clean table).
FAULTS = [
    ("hp_zero", "hp 0 (stats are 1-255)", lambda f: _set(f, 5, "hp", 0)),
    ("hp_256", "hp 256 (stats are 1-255)", lambda f: _set(f, 5, "hp", 256)),
    ("speed_negative", "speed -5", lambda f: _set(f, 5, "speed", -5)),
    ("unknown_type1", "type1 'Plasma' (not one of the 18 types)", lambda f: _set(f, 5, "type1", "Plasma")),
    ("lowercase_type2", "type2 'fire' (types are title-cased)", lambda f: _set(f, 5, "type2", "fire")),
    ("duplicate_id", "two rows with pokemon_id 1", lambda f: _set(f, 5, "pokemon_id", 1)),
    ("duplicate_name", "two rows with the same name", lambda f: _set(f, 5, "name", f.loc[0, "name"])),
    ("missing_name", "a missing name", lambda f: _set(f, 5, "name", None)),
    ("missing_type1", "a missing type1", lambda f: _set(f, 5, "type1", None)),
    ("type2_equals_type1", "type2 equal to type1", lambda f: _set(f, 5, "type2", f.loc[5, "type1"])),
    ("generation_9", "generation 9 (1-8)", lambda f: _set(f, 5, "generation", 9)),
    ("capture_rate_2", "capture_rate 2 (3-255)", lambda f: _set(f, 5, "capture_rate", 2)),
    ("height_zero", "height_m 0.0 (must be > 0)", lambda f: _set(f, 5, "height_m", 0.0)),
    ("weight_negative", "weight_kg -1.0 (must be > 0)", lambda f: _set(f, 5, "weight_kg", -1.0)),
    ("hp_as_float", "hp stored as float64", lambda f: f.astype({"hp": "float64"})),
    ("hp_as_text", "hp stored as text", lambda f: f.astype({"hp": str})),
    ("legendary_as_text", "is_legendary as 'yes'/'no' text",
     lambda f: f.assign(is_legendary=f["is_legendary"].map({True: "yes", False: "no"}))),
    ("missing_column", "the speed column missing", lambda f: f.drop(columns="speed")),
    ("unexpected_column", "an unexpected column 'colour'", lambda f: f.assign(colour="red")),
    ("renamed_column", "hp renamed to HP", lambda f: f.rename(columns={"hp": "HP"})),
]


#: What happened when test_the_clean_table_passes_unchanged ran, so the other tests need not
#: repeat a call that failed (or never returned).
_CLEAN_TABLE: dict[str, str] = {}


@pytest.fixture(scope="module")
def clean_table_passes():
    """Fault tests only make sense once the clean table passes: checked once for the module."""
    if _CLEAN_TABLE.get("outcome", "passed") != "passed":
        pytest.fail(f"{WHERE} did not pass the clean table in test_the_clean_table_passes_unchanged "
                    f"({_CLEAN_TABLE['outcome']}): fix that first, the other tests build on it")
    if "outcome" not in _CLEAN_TABLE:
        try:
            validate_pokemon(data.pokemon())
        except pandera.errors.SchemaErrors as error:
            pytest.fail(f"{WHERE} rejects the clean table, so the fault tests cannot run; fix "
                        f"that first:\n{error.failure_cases.head(10)}")


def test_the_clean_table_passes_unchanged(pokemon):
    before = pokemon.copy(deep=True)
    _CLEAN_TABLE["outcome"] = "it raised or did not return"
    try:
        result = validate_pokemon(pokemon)
    except NotImplementedError:
        del _CLEAN_TABLE["outcome"]  # not started yet: nothing to remember
        raise
    except pandera.errors.SchemaErrors as error:
        _CLEAN_TABLE["outcome"] = "it rejected the table"
        pytest.fail(f"{WHERE} rejects the clean pokemon.csv: loosen the check that fails.\n"
                    f"{error.failure_cases.head(10)}")
    _CLEAN_TABLE["outcome"] = "passed"
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the input after {WHERE} (it must not change)")
    assert isinstance(result, pd.DataFrame), f"{WHERE} must return the validated DataFrame"
    pd.testing.assert_frame_equal(result, before, obj=f"the frame {WHERE} returned")


def test_the_schema_is_a_pandera_dataframe_schema(clean_table_passes):
    import pandera.pandas as pa

    assert isinstance(pokemon_schema(), pa.DataFrameSchema), (
        f"{SCHEMA} must return a pandera.pandas.DataFrameSchema")


@pytest.mark.parametrize("variant", ["text_as_object", "no_type2_at_all", "one_row", "legendaries_only"])
def test_valid_variants_of_the_table_pass(pokemon, clean_table_passes, variant):
    frame = {
        "text_as_object": lambda: pokemon.astype({"name": object, "type1": object, "type2": object}),
        "no_type2_at_all": lambda: pokemon.assign(type2=pd.Series([None] * len(pokemon), dtype="str")),
        "one_row": lambda: pokemon.iloc[[3]],
        "legendaries_only": lambda: pokemon[pokemon["is_legendary"]],
    }[variant]()
    try:
        validate_pokemon(frame)
    except pandera.errors.SchemaErrors as error:
        pytest.fail(f"{WHERE} rejects a valid table ({variant.replace('_', ' ')}): the contract is "
                    f"too strict.\n{error.failure_cases.head(10)}")


@pytest.mark.parametrize("fault_id, description, corrupt", FAULTS, ids=[f[0] for f in FAULTS])
def test_each_fault_is_caught(pokemon, clean_table_passes, fault_id, description, corrupt):
    broken = corrupt(pokemon.head(60).copy())
    with pytest.raises(pandera.errors.SchemaErrors):
        validate_pokemon(broken)
        pytest.fail(f"{WHERE} accepted a table with {description}: add the check to {SCHEMA} "
                    "(and validate lazily, so the error is SchemaErrors)")


def test_one_error_lists_every_failure(pokemon, clean_table_passes):
    broken = pokemon.head(60).copy()
    _set(broken, 10, "hp", 999)
    _set(broken, 20, "type1", "Plasma")
    _set(broken, 30, "pokemon_id", int(broken.loc[31, "pokemon_id"]))
    _set(broken, 40, "name", None)
    type1 = broken.loc[50, "type1"]
    _set(broken, 50, "type2", type1)
    faults = {"hp 999 in row 10": (10, "hp"), "type1 'Plasma' in row 20": (20, "type1"),
              "duplicate pokemon_id in rows 30/31": ((30, 31), "pokemon_id"),
              "missing name in row 40": (40, "name"), "type2 == type1 in row 50": (50, None)}
    try:
        validate_pokemon(broken)
    except pandera.errors.SchemaError:
        pytest.fail(f"{WHERE} stopped at the first failure (SchemaError). Validate with lazy=True "
                    "so one SchemaErrors lists all five faults")
    except pandera.errors.SchemaErrors as error:
        cases = error.failure_cases
    else:
        pytest.fail(f"{WHERE} accepted a table with five faults: {', '.join(faults)}")
    missed = [name for name, (rows, column) in faults.items()
              if not _reported(cases, rows if isinstance(rows, tuple) else (rows,), column)]
    assert not missed, (
        f"{WHERE} raised SchemaErrors but its failure_cases miss: {missed}. Every check must "
        f"work row by row so the failing rows are named.\nfailure_cases:\n{cases}")


def _reported(cases: pd.DataFrame, rows: tuple[int, ...], column: str | None) -> bool:
    hit = cases["index"].isin(rows)
    if column is not None:
        hit &= cases["column"] == column
    return bool(hit.any())
