"""Kata 4.3: error rates per slice with counts, worst first (exercise 4.2).

Rules and the tests that enforce them:

1. Exactly the columns ``COLUMNS``, index 0..n-1, one row per slice value, counts of rows,
   errors, false positives (predicted 1, truly 0) and false negatives, ``error_rate = errors / rows``:
   ``check_table`` in every test, ``test_error_analysis_by_primary_type``.
2. A missing slice value is its own slice, ``MISSING``: ``test_missing_values_are_a_slice_of_their_own``,
   also in a column of category dtype (where an unused category is no slice):
   ``test_a_categorical_slice_column_keeps_its_missing_values``. Every other slice is the value
   itself, not its text (generation 1, not ``"1"``): ``test_slice_values_are_the_column_values``.
3. ``min_rows`` leaves out slices with FEWER rows; a slice with exactly ``min_rows`` stays:
   ``test_a_slice_with_exactly_min_rows_stays``, ``test_small_slices_can_be_left_out``; by default
   (``min_rows=1``) every slice stays: ``test_by_default_a_one_row_slice_is_kept``.
4. Worst error rate first; equal rates, more rows first: ``test_ties_in_rate_put_the_larger_slice_first``.
5. The caller's frame is not modified: ``test_error_analysis_by_primary_type``,
   ``test_missing_values_are_a_slice_of_their_own``.
6. ``Raises: KeyError`` for a missing column: ``test_a_missing_column_is_named``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from kata_framework.strategies import unicode_names
from katas.module4_evaluation.error_analysis import COLUMNS, MISSING, error_rates_by_slice

FILE = "katas/module4_evaluation/error_analysis.py"
WHERE = f"error_rates_by_slice ({FILE})"
EXPECTED_COLUMNS = ["slice", "rows", "errors", "error_rate", "false_positives", "false_negatives"]


def evaluated(pokemon):
    """The Pokémon with a simple rule's predictions: legendary when the six stats sum above 560."""
    total = pokemon[["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]].sum(axis=1)
    return pokemon.assign(predicted=total > 560)


def check_table(table, frame, slice_column, min_rows=1):
    assert list(table.columns) == EXPECTED_COLUMNS, f"{WHERE} must have exactly the columns {EXPECTED_COLUMNS}"
    assert list(table.index) == list(range(len(table))), f"{WHERE} must return a fresh 0..n-1 index"
    rates = table["error_rate"].to_numpy(dtype=float)
    assert np.all(np.diff(rates) <= 1e-12), (
        f"{WHERE} must list the worst slice first (error_rate descending); got rates {np.round(rates, 3).tolist()}")
    slices = frame[slice_column].astype(object).where(frame[slice_column].notna(), MISSING)
    truth, predicted = frame["is_legendary"].astype(bool), frame["predicted"].astype(bool)
    wrong = truth != predicted
    false_positive = predicted & ~truth
    for _, row in table.iterrows():
        members = slices == row["slice"]
        assert row["rows"] == members.sum() and row["errors"] == wrong[members].sum(), (
            f"{WHERE}: slice {row['slice']!r} has {members.sum()} rows and {wrong[members].sum()} errors, "
            f"the table says {row['rows']} and {row['errors']}")
        assert row["errors"] == row["false_positives"] + row["false_negatives"], (
            f"{WHERE}: in slice {row['slice']!r} errors must equal false positives plus false negatives")
        assert row["false_positives"] == false_positive[members].sum(), (
            f"{WHERE}: slice {row['slice']!r} has {false_positive[members].sum()} false positives (predicted "
            f"legendary, truly not), the table says {row['false_positives']}: a false positive is a wrong flag, "
            f"a false negative a missed positive")
        assert row["error_rate"] == pytest.approx(row["errors"] / row["rows"]), (
            f"{WHERE}: error_rate must be errors / rows (slice {row['slice']!r})")
    expected_slices = {s for s, n in slices.value_counts(dropna=False).items() if n >= min_rows}
    assert set(table["slice"]) == expected_slices, (
        f"{WHERE} has slices {sorted(map(str, table['slice']))}; expected {sorted(map(str, expected_slices))} "
        f"(every value with at least {min_rows} rows; missing values form the {MISSING!r} slice)")


def test_error_analysis_by_primary_type(pokemon):
    frame = evaluated(pokemon)
    before = frame.copy()
    table = error_rates_by_slice(frame, slice_column="type1")
    check_table(table, frame, "type1")
    assert table["rows"].sum() == len(frame), f"{WHERE}: the slices' rows must add up to every row"
    assert list(COLUMNS) == EXPECTED_COLUMNS, f"COLUMNS ({FILE}) must stay {EXPECTED_COLUMNS}"
    pd.testing.assert_frame_equal(frame, before, obj=f"the frame after {WHERE}")


def test_missing_values_are_a_slice_of_their_own(pokemon):
    frame = evaluated(pokemon)
    before = frame.copy()
    table = error_rates_by_slice(frame, slice_column="type2")
    pd.testing.assert_frame_equal(frame, before, obj=f"the frame after {WHERE} (fill missing slices in a copy)")
    assert MISSING in set(table["slice"]), (
        f"{WHERE} dropped the Pokémon without a second type: about half the rows. groupby drops NaN "
        f"keys unless told otherwise; name them {MISSING!r}")
    check_table(table, frame, "type2")


def test_a_categorical_slice_column_keeps_its_missing_values():
    types = pd.Categorical(["Fire", "Water", None, "Fire", None], categories=["Fire", "Water", "Grass"])
    frame = pd.DataFrame({"type1": types, "is_legendary": [1, 0, 1, 0, 0], "predicted": [0, 0, 1, 1, 1]},
                         index=[10, 11, 12, 13, 14])
    before = frame.copy()
    table = error_rates_by_slice(frame, slice_column="type1")
    pd.testing.assert_frame_equal(frame, before, obj=f"the frame after {WHERE}")
    assert MISSING in set(table["slice"]), (
        f"{WHERE}: a slice column of pandas category dtype with missing values must still give a "
        f"{MISSING!r} slice (a category column refuses a fill value that is not one of its categories: "
        "convert to object first)")
    check_table(table, frame, "type1")


@pytest.mark.parametrize("generation, expected", [
    pytest.param(pd.array([1, 2, 2, 1, 3], dtype="int64"), {1, 2, 3}, id="integer-generations"),
    pytest.param(pd.array([1, 2, 2, None, 3], dtype="Int64"), {1, 2, 3, MISSING},
                 id="nullable-integers-with-a-missing-one"),
])
def test_slice_values_are_the_column_values(generation, expected):
    frame = pd.DataFrame({"generation": generation, "is_legendary": [1, 0, 1, 0, 0], "predicted": [0, 0, 1, 1, 0]})
    table = error_rates_by_slice(frame, slice_column="generation")
    assert set(table["slice"]) == expected, (
        f"{WHERE} named the slices {table['slice'].tolist()} for generations {list(generation)}; the slice is "
        f"the column's value itself (the integer 1, not the text '1'), and only a missing value becomes {MISSING!r}")
    check_table(table, frame, "generation")


def test_small_slices_can_be_left_out(pokemon):
    frame = evaluated(pokemon)
    table = error_rates_by_slice(frame, slice_column="type1", min_rows=50)
    check_table(table, frame, "type1", min_rows=50)


def test_by_default_a_one_row_slice_is_kept():
    frame = pd.DataFrame({"team": ["a", "b", "b"], "is_legendary": [1, 0, 0], "predicted": [0, 0, 1]})
    table = error_rates_by_slice(frame, slice_column="team")
    assert table["slice"].tolist() == ["a", "b"], (
        f"{WHERE} returned slices {table['slice'].tolist()} with min_rows left at its default 1; every slice, "
        "even one of a single row, is listed (worst first)")


@pytest.mark.parametrize("min_rows, expected", [
    pytest.param(3, ["b", "a"], id="min-rows-3-keeps-the-3-row-slice"),
    pytest.param(4, ["b"], id="min-rows-4-drops-it"),
])
def test_a_slice_with_exactly_min_rows_stays(min_rows, expected):
    frame = pd.DataFrame({"team": ["a"] * 3 + ["b"] * 5, "is_legendary": [1, 0, 0] + [1] * 5,
                          "predicted": [0, 0, 0] + [0, 0, 0, 0, 1]}, index=range(100, 108))
    table = error_rates_by_slice(frame, slice_column="team", min_rows=min_rows)
    assert table["slice"].tolist() == expected, (
        f"{WHERE} with min_rows={min_rows} kept {table['slice'].tolist()}; slice a has 3 rows and b has 5. A "
        "slice is left out only when it has FEWER than min_rows rows (>= min_rows stays)")


def test_a_missing_column_is_named():
    frame = pd.DataFrame({"team": ["a"], "is_legendary": [1], "predicted": [1]})
    with must_raise(KeyError, f"{WHERE} must raise KeyError for a slice column the frame does not have"):
        error_rates_by_slice(frame, slice_column="region")
    with must_raise(KeyError, f"{WHERE} must raise KeyError for a prediction column the frame does not have"):
        error_rates_by_slice(frame, slice_column="team", prediction_column="score")


def test_ties_in_rate_put_the_larger_slice_first():
    frame = pd.DataFrame({"team": ["a"] * 2 + ["b"] * 4 + ["c"] * 4,
                          "is_legendary": [1, 0] + [1, 1, 0, 0] + [0, 0, 0, 0],
                          "predicted": [0, 0] + [0, 0, 0, 0] + [0, 0, 0, 0]})
    table = error_rates_by_slice(frame, slice_column="team")
    assert table["slice"].tolist() == ["b", "a", "c"], (
        f"{WHERE}: slices a and b both err on half their rows; b has more rows, so it comes first "
        f"(the larger slice is the surer problem); got {table['slice'].tolist()}")


@st.composite
def small_evaluations(draw):
    n = draw(st.integers(1, 25))
    values = st.one_of(unicode_names, st.none())
    return pd.DataFrame({"team": [draw(values) for _ in range(n)],
                         "is_legendary": draw(st.lists(st.booleans(), min_size=n, max_size=n)),
                         "predicted": draw(st.lists(st.booleans(), min_size=n, max_size=n))})


@settings(max_examples=25)
@given(small_evaluations(), st.integers(1, 4))
@example(pd.DataFrame({"team": [None, "a", None], "is_legendary": [True, False, False],
                       "predicted": [False, False, True]}), 2).via("two missing values make a 2-row slice")
def test_any_small_evaluation(frame, min_rows):
    table = error_rates_by_slice(frame, slice_column="team", min_rows=min_rows)
    check_table(table, frame, "team", min_rows)
