"""Kata 2.5: flag_suspicious_columns finds the target proxy and the identifiers on its own.

Rules (each enforced by the test named):
1. single_column_auc: numbers are scores, ties count one half, None for one class only (a single
   positive or negative is enough for an AUC): test_auc_of_a_single_column.
1b. Booleans are scores like numbers (an inverse boolean scores 0.0):
   test_booleans_are_scores_in_their_own_direction.
1c. A text value the other folds never show scores the other folds' share of positives:
   test_a_value_the_other_folds_never_show_scores_their_share_of_positives.
1c'. The rate is the plain share of positives (no smoothing toward a prior):
   test_text_scores_are_plain_shares_of_positives.
1d. Categories are scored like text (out-of-fold rates), never by their codes:
   test_categories_are_scored_like_text_not_by_their_codes.
2. Rows with a missing number are left out; missing text is one more value:
   test_missing_numbers_are_left_out_and_missing_text_is_a_value; None when the rows left hold
   one class: test_none_when_the_rows_with_a_number_hold_one_class.
3. Text is scored by its out-of-fold target rate, so a random high-cardinality code scores near
   0.5 and is not flagged, while text that spells out the target is:
   test_a_random_code_with_many_values_is_not_a_proxy,
   test_planted_proxies_in_either_direction_and_in_text_are_flagged.
4. The result is the same on every call, folds dealt by row position (any index):
   test_text_scores_are_the_same_on_every_call, test_folds_are_dealt_by_row_position_not_by_index_label.
5. Identifier: integer (any width, nullable too) or text (str or object), no missing value,
   unique, at least two rows; floats and bools never: test_identifier_rule.
6. Proxy: max(auc, 1 - auc) >= proxy_threshold, the boundary included, in either direction:
   test_the_proxy_threshold_is_inclusive_in_both_directions, test_the_threshold_decides.
7. The target is never flagged; identifier wins over proxy; one-class targets have no proxies:
   test_identifier_wins_over_proxy, test_ids_are_identifiers_and_one_class_targets_have_no_proxies,
   test_the_target_is_never_flagged_even_when_its_values_are_unique.
8. KeyError for a missing target column; the frame is not modified:
   test_a_missing_target_column_raises_key_error, test_the_pokemon_table_has_one_proxy_and_two_identifiers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from kata_framework.strategies import pokemon_frames
from katas.module2_features.suspicious_columns import (
    IDENTIFIER,
    TARGET_PROXY,
    flag_suspicious_columns,
    single_column_auc,
)

WHERE = "flag_suspicious_columns (katas/module2_features/suspicious_columns.py)"
AUC = "single_column_auc (katas/module2_features/suspicious_columns.py)"
TARGET = "is_legendary"


def test_the_pokemon_table_has_one_proxy_and_two_identifiers(pokemon):
    before = pokemon.copy(deep=True)
    flags = flag_suspicious_columns(pokemon, TARGET)
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the frame after {WHERE}")
    expected = {"pokemon_id": IDENTIFIER, "name": IDENTIFIER, "capture_rate": TARGET_PROXY}
    assert flags == expected, (
        f"{WHERE} flagged {flags}, expected {expected}. capture_rate is low exactly for "
        "legendaries (an AUC near 0 knows as much as one near 1); ids and names are unique per "
        "row; the stats are informative but not near perfect, so they stay")


def test_auc_of_a_single_column():
    target = pd.Series([True, False, True, False, False])
    cases = [
        (pd.Series([9, 1, 8, 2, 3]), 1.0, "a column that ranks every positive first"),
        (pd.Series([1, 9, 2, 8, 7]), 0.0, "a column that ranks every positive last"),
        (pd.Series([5, 5, 5, 5, 5]), 0.5, "a constant column (ties count one half)"),
        (pd.Series([4, 3, 4, 1, 2]), 1.0, "positives tied with each other"),
        (pd.Series([3, 1, 2, 3, 0]), 0.75, "one positive tied with a negative (that pair counts one half)"),
    ]
    for values, expected, what in cases:
        got = single_column_auc(values, target)
        assert got == pytest.approx(expected), f"{AUC} gave {got} for {what}, expected {expected}"
    assert single_column_auc(pd.Series([1, 2, 3]), pd.Series([True, True, True])) is None, (
        f"{AUC} must return None when the target holds one class only: the AUC is undefined")
    for values, labels, what in [
        ([5, 1, 2, 3], [True, False, False, False], "a single positive ranked first"),
        ([1, 5, 6, 7], [False, True, True, True], "a single negative ranked last"),
    ]:
        got = single_column_auc(pd.Series(values), pd.Series(labels))
        assert got == pytest.approx(1.0), (
            f"{AUC} gave {got} for {what}: one row of a class is enough for an AUC (None is only for "
            "a target with one class)")


def test_booleans_are_scores_in_their_own_direction():
    target = pd.Series([True, False, True, False, False, True, False, False, True, False] * 2)
    marks_negatives = ~target
    got = single_column_auc(marks_negatives, target)
    assert got == pytest.approx(0.0), (
        f"{AUC} gave {got} for a boolean column that is True exactly for the negatives: a boolean is "
        "a score (True above False), like a number, so a perfect inverse scores 0.0; scoring it by "
        "its target rate would turn it into 1.0")
    partial = pd.Series([True, True, False, False, False, False, False, False, True, False] * 2)
    got = single_column_auc(partial, target)
    assert got == pytest.approx(2 / 3), (
        f"{AUC} gave {got} for a boolean column True for half the positives and a sixth of the "
        "negatives: used as a score with ties counting one half, the AUC is 2/3")


def test_a_value_the_other_folds_never_show_scores_their_share_of_positives():
    # Every code is unique, so no row's value is seen in the other folds: each row scores the
    # other folds' share of positives. 7 positives cannot spread evenly over 5 folds of 4 rows,
    # so the rows of a fold with more positives score lower, whatever the fixed assignment: the
    # AUC falls below 0.5. A fixed fill (0.5, or the share over every row) gives exactly 0.5.
    target = pd.Series([True] * 7 + [False] * 13)
    codes = pd.Series([f"U{k:02d}" for k in range(len(target))], dtype="object")
    got = single_column_auc(codes, target)
    assert got is not None and got < 0.5 - 1e-9, (
        f"{AUC} gave {got} for 20 unique codes: a value the other folds never show scores the other "
        "folds' share of positives (not 0.5 and not the share over every row, which includes the "
        "row's own label)")


def test_text_scores_are_plain_shares_of_positives():
    # Five rows in five near-equal folds: one row per fold, whatever the assignment, so each row
    # scores the share of positives among the other rows with its value (leave one out):
    # A, A -> 1.0 and 1.0; B (positive) -> 1/2; B (negative) -> 2/2; B (positive) -> 1/2.
    # Positives 1.0, 1.0, 0.5, 0.5 against the negative's 1.0: two ties, AUC (0.5 + 0.5) / 4.
    # A smoothed rate, (positives + 1) / (rows + 2) or one pulled toward the overall share, gives
    # the negative the top score alone: AUC 0.
    values = pd.Series(["A", "A", "B", "B", "B"], dtype="object")
    target = pd.Series([True, True, True, False, True])
    got = single_column_auc(values, target)
    assert got == pytest.approx(0.25), (
        f"{AUC} gave {got} for text A, A, B, B, B with labels 1, 1, 1, 0, 1, expected 0.25: score each "
        "row by the plain share of positives among the other folds' rows with the same value, "
        "no smoothing toward a prior")


def test_categories_are_scored_like_text_not_by_their_codes():
    # The same 20 unique codes as above, as a pandas category whose category order puts every
    # positive last: its codes alone would rank the positives first (AUC 1.0). Scored like text,
    # by the other folds' share of positives, it falls below 0.5 whatever the fixed assignment.
    target = pd.Series([True] * 7 + [False] * 13)
    labels = [f"U{k:02d}" for k in range(len(target))]
    codes = pd.Series(pd.Categorical(labels, categories=labels[::-1]))
    got = single_column_auc(codes, target)
    assert got is not None and got < 0.5 - 1e-9, (
        f"{AUC} gave {got} for a category column of 20 unique values: categories are scored like "
        "text, by their out-of-fold target rate, never by their category codes (the order of "
        "the categories is a label, not a measurement)")


def test_missing_numbers_are_left_out_and_missing_text_is_a_value():
    target = pd.Series([True, False, True, False, False, True, False, False, True, False] * 4)
    numbers = pd.Series([9.0, 1.0, np.nan, 2.0, 3.0, 8.0, np.nan, 1.0, 7.0, 0.0] * 4)
    got = single_column_auc(numbers, target)
    assert got == pytest.approx(1.0), (
        f"{AUC} gave {got} for a number column that ranks every present positive first: leave the "
        "rows with a missing number out (filling them with 0 or the mean invents scores)")
    note = pd.Series([None if t else "checked" for t in target], dtype="object")
    got = single_column_auc(note, target)
    assert got is not None and max(got, 1 - got) == pytest.approx(1.0), (
        f"{AUC} gave {got} for a text column that is missing exactly for the positives: missing text "
        "is one more value (a missing note can know the answer), not a row to drop")


def test_none_when_the_rows_with_a_number_hold_one_class():
    target = pd.Series([True, False, True, False, False, True])
    numbers = pd.Series([np.nan, 1.0, np.nan, 2.0, 3.0, np.nan])  # present only on negatives
    got = single_column_auc(numbers, target)
    assert got is None, (
        f"{AUC} gave {got} for a number column present only on negative rows: once the rows with a "
        "missing number are left out, the scored rows hold one class and the AUC is undefined (None); "
        "check the classes after dropping those rows, not before")


def test_folds_are_dealt_by_row_position_not_by_index_label():
    target = pd.Series([True, False, False, False] * 10, index=range(1000, 1200, 5))  # labels all multiples of 5
    spelled_out = pd.Series(np.where(target, "special", "normal"), index=target.index, dtype="object")
    got = single_column_auc(spelled_out, target)
    assert got == pytest.approx(1.0), (
        f"{AUC} gave {got} for a text copy of the target on an index whose labels are all multiples of 5: "
        "deal the rows into folds by their position (row i to fold i % 5), not by their index label, "
        "which can put every row in one fold")


@pytest.mark.parametrize("target_values", [
    pytest.param([0, 1], id="integer-0-1"),
    pytest.param([1, 0], id="integer-1-0"),
])
def test_the_target_is_never_flagged_even_when_its_values_are_unique(target_values):
    frame = pd.DataFrame({TARGET: target_values, "score": [0.25, 0.75]})
    flags = flag_suspicious_columns(frame, TARGET)
    assert TARGET not in flags, (
        f"{WHERE} flagged the target itself ({flags[TARGET] if TARGET in flags else ''}) on a two-row frame "
        "with a 0/1 integer target, which is unique there: leave the target out before any check")


def test_a_random_code_with_many_values_is_not_a_proxy(pokemon):
    rng = np.random.default_rng(3)
    codes = pd.Series([f"C{k:03d}" for k in rng.integers(0, 400, len(pokemon))], index=pokemon.index)
    got = single_column_auc(codes, pokemon[TARGET])
    assert got is not None and abs(got - 0.5) < 0.15, (
        f"{AUC} gave {got} for a random code with 400 values on 800 rows, which knows nothing about "
        "the target: score text by its out-of-fold target rate (a row's own label must not enter its "
        "own score; in-sample rates give AUC about 0.96 here)")
    flags = flag_suspicious_columns(pokemon.assign(batch_code=codes), TARGET)
    assert "batch_code" not in flags, (
        f"{WHERE} flagged a random 400-value code as {flags.get('batch_code')}: score text out of fold")


def test_text_scores_are_the_same_on_every_call(pokemon):
    first = single_column_auc(pokemon["type1"], pokemon[TARGET])
    again = single_column_auc(pokemon["type1"], pokemon[TARGET])
    assert first == again, (
        f"{AUC} gave {first} and then {again} for the same column: deal the rows to folds in a fixed "
        "way (no unseeded shuffle), so the same data always gets the same flags")


@pytest.mark.parametrize(("values", "expected", "what"), [
    pytest.param(pd.Series([5, 3, 9, 1]), True, "unique integers", id="unique-integers"),
    pytest.param(pd.Series([5, 3, 9, 1], dtype="int32"), True, "unique 32-bit integers", id="unique-int32"),
    pytest.param(pd.Series([5, 3, 9, 1], dtype="Int64"), True, "unique nullable integers", id="unique-nullable-int"),
    pytest.param(pd.Series(["a", "b", "c", "d"], dtype="object"), True, "unique text of dtype object",
                 id="unique-object-text"),
    pytest.param(pd.Series(["a", "b", "c", "d"]), True, "unique text", id="unique-text"),
    pytest.param(pd.Series(["a", "b", None, "d"], dtype="object"), False, "unique text with a missing value",
                 id="text-with-missing"),
    pytest.param(pd.Series([5, 3, 5, 1]), False, "a repeated integer", id="repeated-integer"),
    pytest.param(pd.Series([0.5, 0.25, 0.75, 0.125]), False, "unique floats (a measurement)", id="unique-floats"),
    pytest.param(pd.Series([True, False]), False, "a two-row bool column", id="bool"),
    pytest.param(pd.Series([7]), False, "a single row", id="one-row"),
])
def test_identifier_rule(values, expected, what):
    target = pd.Series([i % 2 == 0 for i in range(len(values))])
    frame = pd.DataFrame({"column": values.to_numpy(), TARGET: target.to_numpy()})
    frame["column"] = frame["column"].astype(values.dtype)
    flagged = flag_suspicious_columns(frame, TARGET, proxy_threshold=1.0).get("column") == IDENTIFIER
    assert flagged == expected, (
        f"{WHERE} {'missed' if expected else 'flagged'} {what} as an identifier: an identifier is an "
        "integer or text column (not bool) with no missing value and a different value in every row, "
        "on at least two rows")


@pytest.mark.parametrize("values", [
    pytest.param([4.0, 3.0, 2.0, 1.0], id="auc-0.75"),
    pytest.param([2.0, 3.0, 4.0, 1.0], id="auc-0.25"),
])
def test_the_proxy_threshold_is_inclusive_in_both_directions(values):
    frame = pd.DataFrame({"score": values, TARGET: [True, False, True, False]})
    flags = flag_suspicious_columns(frame, TARGET, proxy_threshold=0.75)
    assert flags.get("score") == TARGET_PROXY, (
        f"{WHERE} did not flag a column with AUC {single_column_auc(frame['score'], frame[TARGET])} at "
        "proxy_threshold 0.75: flag when max(auc, 1 - auc) >= proxy_threshold, the boundary included")


def test_identifier_wins_over_proxy():
    frame = pd.DataFrame({"row_id": [1, 2, 3, 4, 5, 6], TARGET: [False, False, False, True, True, True]})
    flags = flag_suspicious_columns(frame, TARGET)
    assert flags == {"row_id": IDENTIFIER}, (
        f"{WHERE} flagged {flags} for a unique integer id that also ranks the positives last-numbered "
        "first: when both apply, identifier wins")


def test_a_missing_target_column_raises_key_error(pokemon):
    with must_raise(KeyError, f"{WHERE} must raise KeyError when the target column is not in the frame"):
        flag_suspicious_columns(pokemon.drop(columns=[TARGET]), TARGET)


def test_planted_proxies_in_either_direction_and_in_text_are_flagged(pokemon):
    rng = np.random.default_rng(0)
    legendary = pokemon[TARGET].to_numpy()
    planted = pokemon.assign(
        review_flag=np.where(legendary, "special", "normal"),                # text copy of the target
        days_to_catch=np.where(legendary, 0, 30) + rng.integers(0, 5, len(pokemon)),  # inverse proxy
        exact_mass=rng.random(len(pokemon)) * 100,                            # unique floats: a measurement
    )
    flags = flag_suspicious_columns(planted, TARGET)
    assert flags.get("review_flag") == TARGET_PROXY, (
        f"{WHERE} missed a text column that spells out the target: score text by its target rate")
    assert flags.get("days_to_catch") == TARGET_PROXY, (
        f"{WHERE} missed a column that is low exactly for legendaries: use max(auc, 1 - auc)")
    assert "exact_mass" not in flags, (
        f"{WHERE} flagged a float column because its values are unique: floats are measurements, "
        "not identifiers")


def test_the_threshold_decides(pokemon):
    flags = flag_suspicious_columns(pokemon, TARGET, proxy_threshold=0.9)
    assert flags.get("speed") == TARGET_PROXY and "hp" not in flags, (
        f"{WHERE} at threshold 0.9 must flag speed (AUC about 0.91) and keep hp (about 0.86): "
        f"got {flags}")


@settings(max_examples=10)
@given(pokemon_frames(min_rows=2, max_rows=12, duplicates=False), st.booleans())
def test_ids_are_identifiers_and_one_class_targets_have_no_proxies(frame, one_class):
    frame = frame.drop(columns=["name"])
    if one_class:
        frame[TARGET] = True
    flags = flag_suspicious_columns(frame, TARGET)
    assert flags.get("pokemon_id") == IDENTIFIER, (
        f"{WHERE} did not flag pokemon_id (an integer, unique in every row) as an identifier: {flags}")
    assert TARGET not in flags, f"{WHERE} flagged the target itself"
    if one_class:
        proxies = [c for c, kind in flags.items() if kind == TARGET_PROXY]
        assert not proxies, f"{WHERE} flagged {proxies} as proxies of a target with one class only"


@settings(max_examples=10)
@given(pokemon_frames(min_rows=4, max_rows=12, duplicates=False))
def test_a_copy_of_the_target_is_always_a_proxy(frame):
    frame[TARGET] = [i % 2 == 0 for i in range(len(frame))]  # both classes
    frame["leak"] = frame[TARGET].astype("int64") * 10
    frame["pokemon_id"] = frame["pokemon_id"].astype("float64")  # no identifier this time
    flags = flag_suspicious_columns(frame, TARGET)
    assert flags.get("leak") == TARGET_PROXY, f"{WHERE} missed an exact copy of the target: {flags}"
    assert "pokemon_id" not in flags or flags["pokemon_id"] == TARGET_PROXY, (
        f"{WHERE} flagged a float column as an identifier")
