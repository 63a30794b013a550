"""Kata 7.6: the fixed PR #1 learns every feature statistic from the training rows only.

Rules of the docstring, and the test that enforces each:

1. The columns, their order, the index of each side, no NaN:
   ``test_output_has_the_promised_columns_and_index``.
2. Stats standardised with training statistics: ``test_stats_are_standardised_with_training_statistics``,
   ``test_changing_test_rows_does_not_move_the_training_features``.
3. Test rows get the smoothed rates learned from all training rows (a 12-row type too):
   ``test_test_rows_get_smoothed_rates_from_all_training_rows``; test labels are never read:
   ``test_test_labels_are_never_read``; an unseen type gets the training share:
   ``test_small_test_sets_and_unseen_types_get_finite_features``.
4. Training rows are cross-fitted, never fed their own label:
   ``test_training_rows_never_see_their_own_label`` (one-row types),
   ``test_training_rates_are_cross_fitted_over_two_to_ten_folds`` (one rate per fold, not
   leave-one-out, the same on two calls); a type absent from the other folds gets their prior
   (not 0.0): ``test_a_type_absent_from_the_other_folds_gets_their_prior``; the prior of a fold
   is learned from the other folds as well: ``test_the_prior_is_learned_from_the_other_folds_too``; the folds are shuffled
   (not the contiguous blocks of an unshuffled K-fold): ``test_training_folds_are_shuffled``
   (guard: the pooled starting code has no folds at all).
5. No target proxy: ``test_no_feature_depends_on_the_target_proxy``.
6. Inputs not modified: ``test_inputs_are_not_modified`` (guard).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.model_selection import KFold, StratifiedKFold

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


SMOOTHING = 10


def planted_training_rows() -> pd.DataFrame:
    """Training rows with planted types: 100 one-row types (half legendary), a 200-row type
    "Big" (half legendary) and a 12-row type "Tiny" without a legendary."""
    train, _ = split(data.pokemon())
    train = train.copy()
    types = train["type1"].to_numpy(dtype=object).copy()
    labels = train["is_legendary"].to_numpy().copy()
    types[:100] = [f"Solo{i:03d}" for i in range(100)]
    labels[:100] = np.arange(100) % 2 == 0
    types[100:300] = "Big"
    labels[100:300] = np.arange(200) % 2 == 0
    types[300:312] = "Tiny"
    labels[300:312] = False
    return train.assign(type1=types, is_legendary=labels)


def smoothed_rates(labelled: pd.DataFrame) -> tuple[pd.Series, float]:
    prior = float(labelled["is_legendary"].mean())
    counts = labelled.groupby("type1")["is_legendary"].agg(["sum", "count"])
    return (counts["sum"] + SMOOTHING * prior) / (counts["count"] + SMOOTHING), prior


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
    train_total, test_total = train[STATS].sum(axis=1), test[STATS].sum(axis=1)
    expected_total = (test_total - train_total.mean()) / train_total.std()
    total_ok = bool(np.allclose(test_x["total_stats"], expected_total, rtol=0.01, atol=0.01))
    assert total_ok, (
        f"{WHERE}: total_stats must be the sum of the six raw stats, then standardised with the "
        "training mean and standard deviation of that sum (not a sum of standardised stats)")


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


def test_test_rows_get_smoothed_rates_from_all_training_rows(pokemon):
    train = planted_training_rows()
    _, test = split(pokemon)
    test = test.assign(type1=np.where(np.arange(len(test)) % 5 == 0, "Tiny", test["type1"]))
    _, test_x = build_features(train, test)
    rates, prior = smoothed_rates(train)
    expected = test["type1"].map(rates).fillna(prior)
    worst = (test_x["type1_legendary_rate"] - expected).abs().idxmax()
    assert bool(np.allclose(test_x["type1_legendary_rate"], expected, atol=1e-9)), (
        f"{WHERE}: the test row {worst!r} of type {test.loc[worst, 'type1']!r} got the rate "
        f"{test_x.loc[worst, 'type1_legendary_rate']:.4f}; learned from all training rows with "
        f"10 pseudo-rows at the prior it is {expected[worst]:.4f} (a type of 12 non-legendary "
        f"rows gets 10 * {prior:.3f} / 22 = {10 * prior / 22:.4f}, not 0.0): "
        "(legendaries + 10 * prior) / (rows + 10)")


def test_training_rows_never_see_their_own_label():
    train = planted_training_rows()
    train_x, _ = build_features(train, train.iloc[:5])
    solo = train["type1"].str.startswith("Solo")
    rates = train_x.loc[solo, "type1_legendary_rate"]
    legendary = train.loc[solo, "is_legendary"].astype(bool)
    gap = float(rates[legendary].mean() - rates[~legendary].mean())
    assert gap < 0.03, (
        f"{WHERE}: training rows of one-row types get rates {gap:.3f} higher when the row is "
        "legendary: each training row's rate is learned from rows that include its own label. "
        "Cross-fit: split the training rows into folds and give each row the rates learned "
        "from the other folds")


def test_a_type_absent_from_the_other_folds_gets_their_prior():
    train = planted_training_rows()
    train_x, _ = build_features(train, train.iloc[:5])
    solo = train["type1"].str.startswith("Solo")
    rates = train_x.loc[solo, "type1_legendary_rate"].to_numpy()
    share = float(train["is_legendary"].mean())
    # Each one-row type is absent from the other folds, so its row gets their prior: the share
    # of legendaries in at least half of the training rows, close to the share in all of them.
    assert np.all(np.abs(rates - share) < 0.1), (
        f"{WHERE}: training rows of one-row types got rates from {rates.min():.3f} to "
        f"{rates.max():.3f}; each type is absent from the other folds, so its rate is their "
        f"prior, the share of legendaries in them (about {share:.3f}), not 0.0 or NaN")


def test_training_rates_are_cross_fitted_over_two_to_ten_folds():
    train = planted_training_rows()
    train_x, _ = build_features(train, train.iloc[:5])
    again, _ = build_features(train, train.iloc[:5])
    assert bool(np.allclose(train_x["type1_legendary_rate"], again["type1_legendary_rate"])), (
        f"{WHERE}: two calls gave the training rows different rates: shuffle the folds with a "
        "fixed seed (random_state)")
    big = train["type1"] == "Big"
    rates = train_x.loc[big, "type1_legendary_rate"].round(12)
    distinct = rates.nunique()
    assert 2 <= distinct <= 10, (
        f"{WHERE}: the 200 training rows of one type got {distinct} different rates; cross-fitted "
        "over K folds (K from 2 to 10) they get one rate per fold. One rate for all means the "
        "rows' own labels were used; one per row means something other than K folds")
    by_label = rates.groupby(train.loc[big, "is_legendary"].astype(bool)).agg(set)
    shared = by_label.get(True, set()) & by_label.get(False, set())
    assert shared, (
        f"{WHERE}: within one type, legendary and non-legendary training rows never share a "
        "rate, so a model can read the label back from the feature (leave-one-out encoding "
        "does this). Use K folds: rows of a fold share the rate learned from the other folds")


def test_the_prior_is_learned_from_the_other_folds_too():
    train, _ = split(data.pokemon())
    n = len(train)
    labels = np.zeros(n, dtype=bool)
    labels[n // 2] = True  # the only legendary, of a type no other row has
    train = train.assign(type1=[f"Solo{i:04d}" for i in range(n)], is_legendary=labels)
    train_x, _ = build_features(train, train.iloc[:5])
    rate = float(train_x["type1_legendary_rate"].iloc[n // 2])
    assert abs(rate) < 1e-9, (
        f"{WHERE}: the only legendary training row, of a type no other row has, got the rate "
        f"{rate:.6f}; the other folds hold no legendary, so the rate learned from them is 0.0. "
        "A type absent from the rows a rate is learned from gets the prior of those rows: in "
        "cross-fitting, the share of legendaries in the other folds, not in all training rows "
        "(which include the row's own label)")


def unshuffled_cross_fits(train: pd.DataFrame) -> dict[str, np.ndarray]:
    """The training rates of every unshuffled K-fold partition (K from 2 to 10), by name."""
    partitions = {}
    for k in range(2, 11):
        partitions[f"KFold({k})"] = KFold(k).split(train)
        partitions[f"StratifiedKFold({k})"] = StratifiedKFold(k).split(train, train["is_legendary"])
    # smoothed_rates on the other folds, by counting: a type absent from them has sum and count
    # 0, so (0 + SMOOTHING * prior) / (0 + SMOOTHING) gives it the prior, as the spec says.
    codes, types = pd.factorize(train["type1"])
    labels = train["is_legendary"].to_numpy(dtype=float)
    all_sums = np.bincount(codes, weights=labels, minlength=len(types))
    all_counts = np.bincount(codes, minlength=len(types)).astype(float)
    found = {}
    for name, folds in partitions.items():
        rates = np.empty(len(train))
        for _, apply in folds:
            sums = all_sums - np.bincount(codes[apply], weights=labels[apply], minlength=len(types))
            counts = all_counts - np.bincount(codes[apply], minlength=len(types))
            prior = (labels.sum() - labels[apply].sum()) / (len(train) - len(apply))
            rates[apply] = ((sums + SMOOTHING * prior) / (counts + SMOOTHING))[codes[apply]]
        found[name] = rates
    return found


@pytest.mark.guard  # the pooled starting code passes too (it has no folds): no points, must stay green
def test_training_folds_are_shuffled():
    train = planted_training_rows()
    train_x, _ = build_features(train, train.iloc[:5])
    got = train_x["type1_legendary_rate"].to_numpy(dtype=float)
    same = [name for name, rates in unshuffled_cross_fits(train).items() if np.allclose(got, rates)]
    assert not same, (
        f"{WHERE}: the training rates are those of {same[0]} without shuffling: its folds are "
        "contiguous blocks of rows, and rows stored in order (by generation, by type, by id) "
        "then learn from systematically different rows. Shuffle the folds with a fixed seed "
        "(KFold(5, shuffle=True, random_state=0))")


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


@settings(max_examples=10)  # derandomized: one-row sets and all three types come up
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
