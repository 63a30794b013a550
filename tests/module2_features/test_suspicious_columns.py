"""Kata 2.5: flag_suspicious_columns finds the target proxy and the identifiers on its own."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
        (pd.Series(["a", "b", "a", "b", "b"]), 1.0, "a text column whose values split the classes"),
    ]
    for values, expected, what in cases:
        got = single_column_auc(values, target)
        assert got == pytest.approx(expected), f"{AUC} gave {got} for {what}, expected {expected}"
    assert single_column_auc(pd.Series([1, 2, 3]), pd.Series([True, True, True])) is None, (
        f"{AUC} must return None when the target holds one class only: the AUC is undefined")


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


@settings(max_examples=15)
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


@settings(max_examples=15)
@given(pokemon_frames(min_rows=4, max_rows=12, duplicates=False))
def test_a_copy_of_the_target_is_always_a_proxy(frame):
    frame[TARGET] = [i % 2 == 0 for i in range(len(frame))]  # both classes
    frame["leak"] = frame[TARGET].astype("int64") * 10
    frame["pokemon_id"] = frame["pokemon_id"].astype("float64")  # no identifier this time
    flags = flag_suspicious_columns(frame, TARGET)
    assert flags.get("leak") == TARGET_PROXY, f"{WHERE} missed an exact copy of the target: {flags}"
    assert "pokemon_id" not in flags or flags["pokemon_id"] == TARGET_PROXY, (
        f"{WHERE} flagged a float column as an identifier")
