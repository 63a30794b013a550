"""Kata 7.6: the fixed PR #1 learns every feature statistic from the training rows only."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework import data
from kata_framework.strategies import pokemon_frames
from katas.module7_collaboration.pr1_features import STATS, build_features

WHERE = "build_features (katas/module7_collaboration/pr1_features.py)"
COLUMNS = [*STATS, "total_stats", "type1_legendary_rate"]


def split(pokemon: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    is_test = pokemon["pokemon_id"] % 4 == 0
    return pokemon[~is_test], pokemon[is_test]


def training_rows_without_fairies() -> pd.DataFrame:
    train, _ = split(data.pokemon())
    return train[train["type1"] != "Fairy"]


def test_output_has_the_promised_columns_and_index(pokemon):
    train, test = split(pokemon)
    train_x, test_x = build_features(train, test)
    for name, rows, features in (("train", train, train_x), ("test", test, test_x)):
        assert list(features.columns) == COLUMNS, (
            f"{WHERE}: the {name} features have columns {list(features.columns)}; the spec "
            f"promises {COLUMNS} (and no target proxy such as capture_rate)")
        assert features.index.equals(rows.index), (
            f"{WHERE}: the {name} features must keep the index of the {name} rows")
        assert not features.isna().any().any(), f"{WHERE}: the {name} features contain NaN"


def test_stats_are_standardised_with_training_statistics(pokemon):
    train, test = split(pokemon)
    train_x, test_x = build_features(train, test)
    scaled = [*STATS, "total_stats"]
    means, stds = train_x[scaled].mean(), train_x[scaled].std()
    standardised = bool(np.allclose(means, 0, atol=1e-6) and np.allclose(stds, 1, atol=0.01))
    assert standardised, (
        f"{WHERE}: the training stats are not standardised with the training mean and standard "
        f"deviation (means {means.round(3).to_dict()}, stds {stds.round(3).to_dict()})")
    expected = (test["hp"] - train["hp"].mean()) / train["hp"].std()
    scaled_like_train = bool(np.allclose(test_x["hp"], expected, rtol=0.01, atol=0.01))
    assert scaled_like_train, (
        f"{WHERE}: the test rows must be scaled with the *training* mean and standard deviation")


def test_changing_test_rows_does_not_move_the_training_features(pokemon):
    train, test = split(pokemon)
    before, _ = build_features(train, test)
    rng = np.random.default_rng(7)
    changed = test.copy()
    for column in STATS:
        changed[column] = rng.integers(1, 256, len(changed))
    changed["is_legendary"] = ~changed["is_legendary"]
    changed["type1"] = rng.permutation(changed["type1"].to_numpy())
    after, _ = build_features(train, changed)
    moved = [c for c in before.columns if not np.allclose(before[c], after[c])]
    assert not moved, (
        f"{WHERE} leaks: changing only the test rows changed the training features {moved}. "
        "Learn means, standard deviations and rates from the training rows alone")


def test_test_labels_are_never_read(pokemon):
    train, test = split(pokemon)
    _, before = build_features(train, test)
    _, after = build_features(train, test.assign(is_legendary=~test["is_legendary"]))
    moved = [c for c in before.columns if not np.allclose(before[c], after[c])]
    assert not moved, (
        f"{WHERE} leaks the target: flipping the test labels changed the test features {moved}. "
        "The per-type legendary rate must come from training labels only")


def test_no_feature_depends_on_the_target_proxy(pokemon):
    train, test = split(pokemon)
    train_before, test_before = build_features(train, test)
    rng = np.random.default_rng(3)
    scrambled = [frame.assign(capture_rate=rng.integers(3, 256, len(frame))) for frame in (train, test)]
    train_after, test_after = build_features(*scrambled)
    for name, before, after in (("train", train_before, train_after), ("test", test_before, test_after)):
        unchanged = bool(before.columns.equals(after.columns) and np.allclose(before, after))
        assert unchanged, (
            f"{WHERE}: the {name} features change with capture_rate, a proxy of the target "
            "(legendaries get 3): drop it from the features")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_inputs_are_not_modified(pokemon):
    train, test = split(pokemon)
    train_copy, test_copy = train.copy(deep=True), test.copy(deep=True)
    build_features(train, test)
    pd.testing.assert_frame_equal(train, train_copy, obj=f"train after {WHERE}")
    pd.testing.assert_frame_equal(test, test_copy, obj=f"test after {WHERE}")


@settings(max_examples=20)
@given(pokemon_frames(min_rows=1, max_rows=6), st.sampled_from(["Fairy", "Unknown ☆", "Ice"]))
def test_small_test_sets_and_unseen_types_get_finite_features(frame, new_type):
    train = training_rows_without_fairies()
    test = frame.assign(type1=new_type, capture_rate=45)
    _, test_x = build_features(train, test)
    finite = len(test_x) == len(test) and bool(np.isfinite(test_x.to_numpy(dtype=float)).all())
    assert finite, (
        f"{WHERE}: a test set of {len(test)} row(s) with type1 {new_type!r} got missing or "
        "infinite features: a type no training row has gets the overall training rate")
    overall = train["is_legendary"].mean()
    if new_type not in set(train["type1"]):
        got = test_x["type1_legendary_rate"].tolist()
        assert bool(np.allclose(got, overall)), (
            f"{WHERE}: type1 {new_type!r} is not in the training rows, so its legendary rate "
            f"must be the overall training share {overall:.3f}, got {got}")
