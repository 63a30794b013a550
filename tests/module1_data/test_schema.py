"""Kata 1.2: pokemon_schema is the table's contract; validate_pokemon reports every failure.

Rules of the docstrings, each with the test that enforces it:

1. The clean table passes, unchanged, and is not modified: test_the_clean_table_passes_unchanged.
2. Valid variants pass (text as object, no type2 at all, one row, legendaries only), and so does
   every cell at the edge of a range: test_valid_variants_of_the_table_pass,
   test_each_valid_edge_value_passes (contract.ACCEPTED_CELLS).
3. Each column rule rejects the values that break it: test_each_invalid_cell_is_caught
   (contract.REJECTED_CELLS); uniqueness, type2 != type1, dtypes (no coercion; text
   holds only strings, even in an object column), exactly the 15 columns: test_each_table_fault_is_caught.
4. Lazy validation: one SchemaErrors lists every failure with its rows:
   test_one_error_lists_every_failure.
5. pokemon_schema returns a pandera DataFrameSchema: test_the_schema_is_a_pandera_dataframe_schema.
"""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from kata_framework import data
from katas.module1_data.schema import pokemon_schema, validate_pokemon

from .contract import ACCEPTED_CELLS, REJECTED_CELLS

WHERE = "validate_pokemon (katas/module1_data/schema.py)"
SCHEMA = "pokemon_schema (katas/module1_data/schema.py)"
EAGER = (f"{WHERE} raised SchemaError (singular): pandera stopped at the first failure. Validate "
         "with lazy=True, so that one SchemaErrors (plural) lists every failure at once. First failure: ")


def _outcome(frame: pd.DataFrame) -> pd.DataFrame | None:
    """None when validate_pokemon accepts ``frame``, its failure_cases when it rejects it.

    An eager SchemaError fails the test with one sentence instead of pandera's long traceback.
    """
    try:
        validate_pokemon(frame)
    except pandera.errors.SchemaErrors as error:
        return error.failure_cases
    except pandera.errors.SchemaError as error:
        pytest.fail(EAGER + str(error).splitlines()[0][:300], pytrace=False)
    return None


def _coerces() -> bool:
    """True when the learner's schema (or one of its columns) converts dtypes instead of checking them."""
    try:
        schema = pokemon_schema()
        return bool(schema.coerce or any(column.coerce for column in schema.columns.values()))
    except Exception:
        return False


def _set(frame, row, column, value):
    if column in frame and frame[column].dtype == "int64" and not isinstance(value, int):
        frame[column] = frame[column].astype(object)
    frame.loc[row, column] = value
    return frame


#: One fault each beyond a single cell: (id, what is wrong, corruption of a copy of the clean table).
FAULTS = [
    ("duplicate_id", "two rows with pokemon_id 1", lambda f: _set(f, 5, "pokemon_id", 1)),
    ("duplicate_name", "two rows with the same name", lambda f: _set(f, 5, "name", f.loc[0, "name"])),
    ("type2_equals_type1", "type2 equal to type1", lambda f: _set(f, 5, "type2", f.loc[5, "type1"])),
    ("hp_as_float", "hp stored as float64", lambda f: f.astype({"hp": "float64"})),
    ("hp_as_text", "hp stored as text", lambda f: f.astype({"hp": str})),
    ("id_as_float", "pokemon_id stored as float64", lambda f: f.astype({"pokemon_id": "float64"})),
    ("generation_as_float", "generation stored as float64", lambda f: f.astype({"generation": "float64"})),
    ("capture_rate_as_float", "capture_rate stored as float64", lambda f: f.astype({"capture_rate": "float64"})),
    ("height_as_int", "height_m stored as whole numbers (int64)",
     lambda f: f.assign(height_m=f["height_m"].round().clip(lower=1).astype("int64"))),
    ("weight_as_int", "weight_kg stored as whole numbers (int64)",
     lambda f: f.assign(weight_kg=f["weight_kg"].round().clip(lower=1).astype("int64"))),
    ("name_as_number", "the number 25 as a name (an object column)",
     lambda f: _set(f.astype({"name": object}), 5, "name", 25)),
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
        cases = _outcome(data.pokemon())
        if cases is not None:
            pytest.fail(f"{WHERE} rejects the clean table, so the fault tests cannot run; fix "
                        f"that first:\n{cases.head(10)}")


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
    except pandera.errors.SchemaError as error:
        _CLEAN_TABLE["outcome"] = "it rejected the table"
        pytest.fail(EAGER + str(error).splitlines()[0][:300], pytrace=False)
    _CLEAN_TABLE["outcome"] = "passed"
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the input after {WHERE} (it must not change)")
    assert isinstance(result, pd.DataFrame), f"{WHERE} must return the validated DataFrame"
    pd.testing.assert_frame_equal(result, before, obj=f"the frame {WHERE} returned")


def test_the_schema_is_a_pandera_dataframe_schema(clean_table_passes):
    import pandera.pandas as pa

    assert isinstance(pokemon_schema(), pa.DataFrameSchema), (
        f"{SCHEMA} must return a pandera.pandas.DataFrameSchema")


@pytest.mark.parametrize("variant", ["text_as_object", "no_type2_at_all", "one_row", "legendaries_only",
                                     "shuffled_rows_and_index"])
def test_valid_variants_of_the_table_pass(pokemon, clean_table_passes, variant):
    frame = {
        "text_as_object": lambda: pokemon.astype({"name": object, "type1": object, "type2": object}),
        "no_type2_at_all": lambda: pokemon.assign(type2=pd.Series([None] * len(pokemon), dtype="str")),
        "one_row": lambda: pokemon.iloc[[3]],
        "legendaries_only": lambda: pokemon[pokemon["is_legendary"]],
        "shuffled_rows_and_index": lambda: pokemon.sample(frac=1.0, random_state=3).set_axis(
            range(5000, 5000 + len(pokemon))),
    }[variant]()
    cases = _outcome(frame)
    if cases is not None:
        pytest.fail(f"{WHERE} rejects a valid table ({variant.replace('_', ' ')}): the contract is "
                    f"too strict.\n{cases.head(10)}")


@pytest.mark.parametrize(("column", "value", "rule"), [c[1:] for c in ACCEPTED_CELLS],
                         ids=[c[0] for c in ACCEPTED_CELLS])
def test_each_valid_edge_value_passes(pokemon, clean_table_passes, column, value, rule):
    frame = _set(pokemon.head(12).copy(), 5, column, value)
    cases = _outcome(frame)
    if cases is not None:
        pytest.fail(f"{WHERE} rejects a table whose {column} is {value!r} in one row, which the "
                    f"contract allows ({rule}): check the edge of the range (in_range includes both "
                    f"ends; gt(0) excludes 0 only).\n{cases.head(5)}")


@pytest.mark.parametrize(("column", "value", "rule"), [c[1:] for c in REJECTED_CELLS],
                         ids=[c[0] for c in REJECTED_CELLS])
def test_each_invalid_cell_is_caught(pokemon, clean_table_passes, column, value, rule):
    frame = _set(pokemon.head(12).copy(), 5, column, value)
    if _outcome(frame) is None:
        pytest.fail(f"{WHERE} accepted a table whose {column} is {value!r} in one row: the contract "
                    f"says {rule}. Add that check to the {column!r} column of {SCHEMA}", pytrace=False)


@pytest.mark.parametrize("fault_id, description, corrupt", FAULTS, ids=[f[0] for f in FAULTS])
def test_each_table_fault_is_caught(pokemon, clean_table_passes, fault_id, description, corrupt):
    broken = corrupt(pokemon.head(12).copy())
    if _outcome(broken) is None:
        hint = f"add the check to {SCHEMA}"
        if fault_id == "name_as_number":
            hint = (f"give the text columns of {SCHEMA} the dtype str: a column without a dtype "
                    "accepts any value, and pandera's str accepts pandas' str dtype and an object "
                    "column that holds only strings")
        if fault_id.endswith(("_as_float", "_as_int")):
            hint = (f"give every column of {SCHEMA} its dtype, e.g. pa.Column(\"float64\", ...) for "
                    "height_m: a column with checks but no dtype accepts whatever dtype arrives")
        if fault_id in ("hp_as_float", "hp_as_text", "legendary_as_text") and _coerces():
            hint = ("your schema coerces (coerce=True), and coercion converted the column to the "
                    "expected dtype before checking it, which hid the fault. Validate, do not "
                    "coerce: remove coerce=True")
        pytest.fail(f"{WHERE} accepted a table with {description}: {hint}", pytrace=False)


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
    cases = _outcome(broken)
    if cases is None:
        pytest.fail(f"{WHERE} accepted a table with five faults: {', '.join(faults)}", pytrace=False)
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
