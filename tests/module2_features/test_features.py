"""Kata 2.3: engineer_features adds five justified features that are safe and never peek at the target.

Rules (each enforced by the test named):
1. Built only from ALLOWED_INPUTS, never the target, capture_rate or an identifier:
   test_shuffling_the_target_and_identifiers_does_not_move_any_feature,
   test_features_need_only_the_allowed_columns.
2. Computed from its own row only: test_a_rows_features_do_not_depend_on_the_other_rows.
3. Numeric, finite, never NaN for present values >= 0, also defense 0, height 0, an all-zero row
   and a missing type2: test_at_least_five_new_numeric_finite_features,
   test_any_frame_gives_finite_features_and_keeps_its_rows, test_an_all_zero_row_gives_finite_features.
4. Not constant on the data, not a copy of a column: test_every_feature_varies_and_is_not_a_copy.
5. Original columns unchanged and first, then the new ones; rows, order and index kept (a
   non-default index too):
   test_rows_order_and_original_columns_are_kept, test_any_frame_gives_finite_features_and_keeps_its_rows.
6. The input is not modified: test_input_is_not_modified.
7. feature_justifications names exactly the new columns, a sentence of six words or more each:
   test_every_feature_is_justified.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework.strategies import pokemon_frames
from katas.module2_features.features import ALLOWED_INPUTS, engineer_features, feature_justifications

WHERE = "engineer_features (katas/module2_features/features.py)"
FORBIDDEN = ["is_legendary", "capture_rate", "pokemon_id", "name"]


def _new_columns(frame: pd.DataFrame, result: pd.DataFrame) -> list[str]:
    assert isinstance(result, pd.DataFrame), f"{WHERE} must return a DataFrame, got {type(result).__name__}"
    missing = [c for c in frame.columns if c not in result.columns]
    assert not missing, f"{WHERE} dropped the original columns {missing}: keep them and add new ones"
    return [c for c in result.columns if c not in frame.columns]


@st.composite
def full_frames(draw, min_rows: int = 0):
    """Pokémon-shaped frames with every column of the real table, zeros and a missing type2 included."""
    frame = draw(pokemon_frames(min_rows=min_rows, max_rows=8))
    n = len(frame)
    sizes = st.lists(st.sampled_from([0.0, 0.1, 0.7, 2.5, 14.5, 999.9]), min_size=n, max_size=n)
    frame["height_m"] = draw(sizes)
    frame["weight_kg"] = draw(sizes)
    frame["capture_rate"] = draw(st.lists(st.integers(3, 255), min_size=n, max_size=n))
    if n and draw(st.booleans()):
        frame.loc[frame.index[0], ["defense", "sp_defense"]] = 0
    frame.index = pd.Index(draw(st.permutations(range(100, 100 + n))), dtype="int64")  # not 0..n-1
    return frame


def _all_zero_row() -> pd.DataFrame:
    """One species whose stats, height and weight are all 0 (an upstream bug), on index label 42."""
    return pd.DataFrame({"pokemon_id": [1], "name": ["Missingno"], "type1": ["Normal"],
                         "type2": pd.array([None], dtype="string"), "hp": [0], "attack": [0],
                         "defense": [0], "sp_attack": [0], "sp_defense": [0], "speed": [0],
                         "generation": [1], "height_m": [0.0], "weight_kg": [0.0],
                         "capture_rate": [45], "is_legendary": [False]}, index=[42])


@pytest.fixture(scope="module")
def engineered():
    """The Pokémon table and its engineered version, computed once for the read-only checks."""
    from kata_framework import data

    frame = data.pokemon()
    before = frame.copy(deep=True)
    result = engineer_features(frame)
    return frame, before, result


def test_input_is_not_modified(engineered):
    frame, before, _ = engineered
    pd.testing.assert_frame_equal(frame, before, obj=f"the input frame after {WHERE}: work on a copy")


def test_at_least_five_new_numeric_finite_features(engineered):
    frame, _, result = engineered
    new = _new_columns(frame, result)
    assert len(new) >= 5, f"{WHERE} added {len(new)} feature(s) {new}; the exercise asks for five"
    for column in new:
        values = result[column]
        assert pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values), (
            f"{WHERE}: feature {column!r} has dtype {values.dtype}; features must be numeric or bool")
        numbers = values.to_numpy(dtype="float64")
        assert np.isfinite(numbers).all(), (
            f"{WHERE}: feature {column!r} has {int((~np.isfinite(numbers)).sum())} NaN or inf "
            "value(s) on the Pokémon data: guard divisions and fill missing type2")


def test_rows_order_and_original_columns_are_kept(engineered):
    frame, before, result = engineered
    assert result.index.equals(before.index), f"{WHERE} changed the rows or their order: keep the index as it is"
    leading = list(result.columns[:len(before.columns)])
    assert leading == list(before.columns), (
        f"{WHERE} returned the columns {list(result.columns)}: the result holds the original columns "
        "first, in their order, then the new ones (frame.assign(...) or pd.concat([frame, new], axis=1))")
    pd.testing.assert_frame_equal(result[list(before.columns)], before,
                                  obj=f"the original columns in the result of {WHERE}")


def test_every_feature_varies_and_is_not_a_copy(engineered):
    frame, _, result = engineered
    new = _new_columns(frame, result)
    for column in new:
        values = result[column].astype("float64")
        assert values.nunique() > 1, f"{WHERE}: feature {column!r} is constant on the data: it carries no information"
        for other in [c for c in result.columns if c != column]:
            if pd.api.types.is_numeric_dtype(result[other]) or pd.api.types.is_bool_dtype(result[other]):
                same = np.array_equal(values.to_numpy(), result[other].astype("float64").to_numpy())
                assert not same, f"{WHERE}: feature {column!r} is a copy of {other!r}"


def test_every_feature_is_justified(engineered):
    frame, _, result = engineered
    new = _new_columns(frame, result)
    reasons = feature_justifications()
    assert isinstance(reasons, dict) and set(reasons) == set(new), (
        "feature_justifications (katas/module2_features/features.py) must justify exactly the new columns "
        f"{sorted(new)}, "
        f"got {sorted(reasons) if isinstance(reasons, dict) else reasons!r}")
    short = [name for name, text in reasons.items() if not isinstance(text, str) or len(text.split()) < 6]
    assert not short, f"feature_justifications: write at least a six-word sentence for {short}"


def test_shuffling_the_target_and_identifiers_does_not_move_any_feature(pokemon):
    shuffled = pokemon.copy()
    rng = np.random.default_rng(7)
    for column in FORBIDDEN:
        shuffled[column] = rng.permutation(shuffled[column].to_numpy())
    new = _new_columns(pokemon, engineer_features(pokemon))
    moved = [c for c in new if not engineer_features(shuffled)[c].equals(engineer_features(pokemon)[c])]
    assert not moved, (
        f"{WHERE}: the features {moved} changed when only is_legendary, capture_rate and the "
        "identifiers were shuffled: they are built from the target (or a proxy of it), which the "
        "model will not have in production")


def test_features_need_only_the_allowed_columns(pokemon):
    allowed_only = pokemon[ALLOWED_INPUTS]
    try:
        result = engineer_features(allowed_only)
    except KeyError as error:
        pytest.fail(f"{WHERE} needs column {error} which is not in ALLOWED_INPUTS: build features "
                    "from the allowed columns only")
    expected = engineer_features(pokemon)
    for column in _new_columns(allowed_only, result):
        assert np.allclose(result[column].astype("float64"), expected[column].astype("float64")), (
            f"{WHERE}: feature {column!r} differs without the forbidden columns")


@settings(max_examples=10)
@given(full_frames(min_rows=2), st.data())
def test_a_rows_features_do_not_depend_on_the_other_rows(frame, data):
    rows = data.draw(st.lists(st.integers(0, len(frame) - 1), min_size=1, max_size=len(frame), unique=True))
    whole = engineer_features(frame)
    part = engineer_features(frame.iloc[rows])
    for column in _new_columns(frame, whole):
        assert np.allclose(part[column].astype("float64"), whole[column].iloc[rows].astype("float64"),
                           equal_nan=True), (
            f"{WHERE}: feature {column!r} of a row changed when other rows were removed: it uses "
            "statistics of the whole frame (a mean, a rank, a scaling). Compute it from the row "
            "alone; fitted transforms belong in a pipeline fit on training rows")


@settings(max_examples=15)
@given(full_frames())
def test_any_frame_gives_finite_features_and_keeps_its_rows(frame):
    before = frame.copy(deep=True)
    result = engineer_features(frame)
    pd.testing.assert_frame_equal(frame, before, obj=f"the input frame after {WHERE}")
    new = _new_columns(frame, result)
    assert len(new) >= 5 and result.index.equals(frame.index), (
        f"{WHERE} must keep the rows and add its features for any frame, also empty or one-row")
    for column in new:
        numbers = result[column].to_numpy(dtype="float64")
        assert np.isfinite(numbers).all(), (
            f"{WHERE}: feature {column!r} is NaN or inf for a frame with zeros or a missing type2: "
            f"{result[column].tolist()}")


def test_an_all_zero_row_gives_finite_features():
    frame = _all_zero_row()
    result = engineer_features(frame)
    for column in _new_columns(frame, result):
        numbers = result[column].to_numpy(dtype="float64")
        assert np.isfinite(numbers).all(), (
            f"{WHERE}: feature {column!r} is {result[column].tolist()} for a row whose stats, height and "
            "weight are all 0: guard every division (kata 2.2's safe_ratio), a sum of stats included")
    assert list(result.index) == [42], f"{WHERE} must keep the frame's index labels"
