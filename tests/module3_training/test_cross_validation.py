"""Kata 3.1: k-fold, stratified and group k-fold from scratch, and a cross-validation loop.

Rules (each enforced by the test named):
kfold_indices
1. Every row in exactly one validation fold, training = the other rows, integer positions:
   test_kfold_partitions_the_rows_into_near_equal_folds.
2. Sizes differ by at most one, the first n_rows % n_splits folds get the extra row; without
   shuffle rows keep their order: test_kfold_without_shuffle_keeps_order_and_gives_extras_first.
3. Shuffle with default_rng(seed): same seed, same folds; it really shuffles:
   test_kfold_shuffle_is_reproducible_with_a_seed, test_kfold_shuffle_actually_shuffles; without a
   seed it still shuffles (default_rng(None) draws fresh entropy): test_kfold_shuffle_without_a_seed_still_shuffles;
   a generator of its own, NumPy's global random state untouched:
   test_shuffles_leave_numpy_global_random_state_alone (also rule 6).
4. ValueError for n_splits < 2 or > n_rows (2 and n_rows allowed): test_kfold_rejects_impossible_split_counts,
   test_kfold_accepts_the_extreme_split_counts.
stratified_kfold_indices
5. Each class within one row of count / n_splits per fold, sizes within one:
   test_stratified_folds_keep_every_class_share, test_stratified_folds_on_the_legendary_target;
   positions, also for labels in a Series whose index is not 0..n-1:
   test_stratified_folds_hold_positions_of_a_series_with_another_index.
6. Shuffled within class by the seed: same seed same folds, another seed other folds:
   test_stratified_folds_are_reproducible_with_a_seed, test_stratified_folds_depend_on_the_seed.
7. ValueError for impossible split counts: test_stratified_rejects_impossible_split_counts.
group_kfold_indices
8. No group on both sides, no empty fold, every row once: test_group_folds_never_split_a_group,
   test_group_folds_keep_duplicate_species_together; positions, also for groups in a Series whose
   index is not 0..n-1: test_group_folds_hold_positions_of_a_series_with_another_index.
9. ValueError for fewer groups than folds: test_group_folds_need_enough_groups.
10. Balanced by rows: the largest fold exceeds the smallest by at most the largest group:
    test_group_folds_are_balanced_within_the_largest_group; keys compared as Python compares them
    (7 and "7" two groups, a tuple one key): test_group_keys_are_compared_as_python_compares_them.
cross_validate_model
11. Equals cross_val_score on the same folds: test_cross_validation_matches_scikit_learn_on_the_same_folds.
12. Rows selected by position, whatever the index: test_cross_validation_selects_rows_by_position.
13. A fresh clone per fold; the given model stays unfitted:
    test_cross_validation_fits_a_fresh_clone_per_fold, test_cross_validation_leaves_the_given_model_unfitted.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier
from sklearn.utils.validation import check_is_fitted

from kata_framework.expect import must_raise
from katas.module3_training.cross_validation import (
    cross_validate_model,
    group_kfold_indices,
    kfold_indices,
    stratified_kfold_indices,
)

FILE = "katas/module3_training/cross_validation.py"


def assert_partition(folds, n_rows, n_splits, where):
    """Each fold is (train, validation); validations partition the rows; train is the rest."""
    assert len(folds) == n_splits, f"{where} returned {len(folds)} folds, expected {n_splits}"
    seen = []
    for number, (train, validation) in enumerate(folds):
        train, validation = np.asarray(train), np.asarray(validation)
        assert np.issubdtype(validation.dtype, np.integer) and np.issubdtype(train.dtype, np.integer), (
            f"{where}: fold {number} must hold integer row positions, got {train.dtype} and {validation.dtype}")
        assert len(set(validation.tolist())) == len(validation), (
            f"{where}: fold {number} lists a validation row twice")
        assert not set(train.tolist()) & set(validation.tolist()), (
            f"{where}: fold {number} trains on rows it validates on: "
            f"{sorted(set(train.tolist()) & set(validation.tolist()))[:5]}")
        assert sorted(train.tolist() + validation.tolist()) == list(range(n_rows)), (
            f"{where}: in fold {number}, training and validation rows together must be every row "
            f"0..{n_rows - 1} exactly once")
        seen.extend(validation.tolist())
    assert sorted(seen) == list(range(n_rows)), (
        f"{where}: every row must be in exactly one validation fold; missing "
        f"{sorted(set(range(n_rows)) - set(seen))[:5]}, repeated "
        f"{sorted({r for r in seen if seen.count(r) > 1})[:5]}")


def sizes(folds):
    return [len(validation) for _, validation in folds]


rows_and_splits = st.integers(2, 60).flatmap(lambda n: st.tuples(st.just(n), st.integers(2, n)))


# -- k-fold ---------------------------------------------------------------------------------


@given(rows_and_splits, st.booleans(), st.integers(0, 2**16))
@example((11, 4), False, 0)
@example((5, 5), True, 1)
def test_kfold_partitions_the_rows_into_near_equal_folds(n_and_k, shuffle, seed):
    n_rows, n_splits = n_and_k
    where = f"kfold_indices({n_rows}, {n_splits}, shuffle={shuffle}) ({FILE})"
    folds = kfold_indices(n_rows, n_splits, shuffle=shuffle, seed=seed)
    assert_partition(folds, n_rows, n_splits, where)
    assert max(sizes(folds)) - min(sizes(folds)) <= 1, (
        f"{where}: validation folds have sizes {sizes(folds)}; they may differ by at most one row. "
        "Hand the remainder rows out one per fold")


def test_kfold_keeps_the_last_rows_when_the_split_is_uneven():
    folds = kfold_indices(10, 3)
    validated = sorted(r for _, validation in folds for r in np.asarray(validation).tolist())
    assert validated == list(range(10)), (
        f"kfold_indices(10, 3) ({FILE}) validated rows {validated}: 10 rows into 3 folds leaves one "
        "row over, and it must still land in a fold (sizes 4, 3, 3)")


@given(rows_and_splits, st.integers(0, 2**16))
def test_kfold_shuffle_is_reproducible_with_a_seed(n_and_k, seed):
    n_rows, n_splits = n_and_k
    first = kfold_indices(n_rows, n_splits, shuffle=True, seed=seed)
    second = kfold_indices(n_rows, n_splits, shuffle=True, seed=seed)
    assert all(np.array_equal(a[1], b[1]) for a, b in zip(first, second)), (
        f"kfold_indices(shuffle=True, seed={seed}) ({FILE}) gave different folds on two calls: "
        "draw the permutation from numpy.random.default_rng(seed)")


def test_kfold_without_shuffle_keeps_order_and_gives_extras_first():
    folds = kfold_indices(11, 4)
    got = [np.asarray(validation).tolist() for _, validation in folds]
    expected = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10]]
    assert got == expected, (
        f"kfold_indices(11, 4) ({FILE}) gave validation folds {got}; without shuffle the rows keep their "
        f"order and the first 11 % 4 = 3 folds get one extra row: {expected}")


@pytest.mark.parametrize("split", [
    pytest.param(lambda: kfold_indices(50, 5, shuffle=True, seed=3), id="kfold"),
    pytest.param(lambda: stratified_kfold_indices([0] * 40 + [1] * 10, 5, seed=3), id="stratified"),
])
def test_shuffles_leave_numpy_global_random_state_alone(split):
    np.random.seed(12345)
    before = np.random.get_state()[1].copy()
    first = split()
    assert np.array_equal(np.random.get_state()[1], before), (
        f"the fold functions ({FILE}) changed NumPy's global random state (np.random.seed or "
        "np.random.permutation): shuffle with a generator of your own, numpy.random.default_rng(seed), "
        "so that making folds does not change every later random draw of the program")
    np.random.seed(999)
    second = split()
    assert all(np.array_equal(a[1], b[1]) for a, b in zip(first, second)), (
        f"the fold functions ({FILE}) gave other folds after np.random.seed changed: the folds must "
        "depend on their own seed only (numpy.random.default_rng(seed))")


def test_kfold_shuffle_actually_shuffles():
    plain = kfold_indices(100, 5)
    shuffled = kfold_indices(100, 5, shuffle=True, seed=1)
    assert not all(np.array_equal(a[1], b[1]) for a, b in zip(plain, shuffled)), (
        f"kfold_indices(shuffle=True) ({FILE}) gave the unshuffled folds: permute the rows first")


def test_kfold_shuffle_without_a_seed_still_shuffles():
    plain = kfold_indices(100, 5)
    shuffled = kfold_indices(100, 5, shuffle=True)  # seed=None: default_rng(None), fresh entropy
    assert_partition(shuffled, 100, 5, f"kfold_indices(100, 5, shuffle=True) ({FILE})")
    assert not all(np.array_equal(a[1], b[1]) for a, b in zip(plain, shuffled)), (
        f"kfold_indices(100, 5, shuffle=True) ({FILE}) without a seed gave the unshuffled folds: shuffle "
        "whenever shuffle=True; seed=None means numpy.random.default_rng(None), a fresh random permutation")


@pytest.mark.parametrize("n_rows, n_splits", [pytest.param(5, 1, id="one-fold"), pytest.param(5, 0, id="zero-folds"),
                                              pytest.param(3, 4, id="more-folds-than-rows")])
def test_kfold_rejects_impossible_split_counts(n_rows, n_splits):
    with must_raise(ValueError, f"kfold_indices({n_rows}, {n_splits}) ({FILE}) must refuse n_splits={n_splits} "
                                f"for {n_rows} rows (2 <= n_splits <= n_rows)"):
        kfold_indices(n_rows, n_splits)


@pytest.mark.parametrize("n_rows, n_splits", [pytest.param(5, 2, id="two-folds"),
                                              pytest.param(5, 5, id="one-row-per-fold")])
def test_kfold_accepts_the_extreme_split_counts(n_rows, n_splits):
    assert_partition(kfold_indices(n_rows, n_splits), n_rows, n_splits, f"kfold_indices({n_rows}, {n_splits}) ({FILE})")


# -- stratified k-fold ------------------------------------------------------------------------


labelled_rows = st.lists(st.sampled_from([0, 1, 1, 0, 0, "rare"]), min_size=2, max_size=80).flatmap(
    lambda labels: st.tuples(st.just(labels), st.integers(2, len(labels))))


@given(labelled_rows, st.integers(0, 2**16))
@example(([0] * 8 + ["rare"] * 2, 5), 0)
def test_stratified_folds_keep_every_class_share(labels_and_k, seed):
    labels, n_splits = labels_and_k
    labels = np.array([str(label) for label in labels])
    where = f"stratified_kfold_indices(..., n_splits={n_splits}) ({FILE})"
    folds = stratified_kfold_indices(labels, n_splits, seed=seed)
    assert_partition(folds, len(labels), n_splits, where)
    assert max(sizes(folds)) - min(sizes(folds)) <= 1, (
        f"{where}: validation folds have sizes {sizes(folds)}; they may differ by at most one row")
    for label in np.unique(labels):
        whole = np.sum(labels == label) / n_splits
        counts = [int(np.sum(labels[np.asarray(validation)] == label)) for _, validation in folds]
        assert all(abs(count - whole) < 1 for count in counts), (
            f"{where}: class {label!r} has {np.sum(labels == label)} rows, so each fold should hold "
            f"{whole:.2f} of them give or take one, but the folds hold {counts}. Spread each class "
            "over the folds separately")


def test_stratified_folds_on_the_legendary_target(legendary_task):
    _, y = legendary_task
    folds = stratified_kfold_indices(y, 5, seed=0)
    assert_partition(folds, len(y), 5, f"stratified_kfold_indices ({FILE})")
    per_fold = [int(y[np.asarray(validation)].sum()) for _, validation in folds]
    assert set(per_fold) <= {12, 13}, (
        f"stratified_kfold_indices ({FILE}) put {per_fold} legendaries in the 5 folds; 64 "
        "legendaries over 5 folds must be 12 or 13 per fold")


def test_stratified_folds_hold_positions_of_a_series_with_another_index():
    values = np.array([0] * 30 + [1] * 10)
    index = 100 + np.random.default_rng(0).permutation(len(values))  # labels 100..139, shuffled
    labels = pd.Series(values, index=index)
    where = f"stratified_kfold_indices ({FILE}) on a Series whose index is a shuffled 100..139"
    folds = stratified_kfold_indices(labels, 2, seed=0)
    assert_partition(folds, len(values), 2, where)
    ones = [int(values[np.asarray(validation)].sum()) for _, validation in folds]
    assert ones == [5, 5], (
        f"{where}: the folds hold {ones} of the 10 rows labelled 1 (by position); each should hold 5. Folds "
        "hold row positions: read the labels by position (np.asarray(labels)), not through the index")


@given(labelled_rows, st.integers(0, 2**16))
@settings(max_examples=20)
def test_stratified_folds_are_reproducible_with_a_seed(labels_and_k, seed):
    labels, n_splits = labels_and_k
    labels = [str(label) for label in labels]
    first = stratified_kfold_indices(labels, n_splits, seed=seed)
    second = stratified_kfold_indices(labels, n_splits, seed=seed)
    assert all(np.array_equal(np.sort(a[1]), np.sort(b[1])) for a, b in zip(first, second)), (
        f"stratified_kfold_indices(seed={seed}) ({FILE}) gave different folds for the same seed")


def test_stratified_folds_depend_on_the_seed():
    labels = [0] * 60 + [1] * 40
    first = [np.sort(v).tolist() for _, v in stratified_kfold_indices(labels, 4, seed=1)]
    second = [np.sort(v).tolist() for _, v in stratified_kfold_indices(labels, 4, seed=2)]
    assert first != second, (
        f"stratified_kfold_indices ({FILE}) gave the same folds for seeds 1 and 2: shuffle the rows of "
        "each class with numpy.random.default_rng(seed) before dealing them out")


@pytest.mark.parametrize("labels, n_splits", [pytest.param([0, 1, 0], 1, id="one-fold"),
                                              pytest.param([0, 1, 0], 4, id="more-folds-than-rows")])
def test_stratified_rejects_impossible_split_counts(labels, n_splits):
    with must_raise(ValueError, f"stratified_kfold_indices({labels}, {n_splits}) ({FILE}) must refuse "
                                f"n_splits={n_splits} for {len(labels)} rows"):
        stratified_kfold_indices(labels, n_splits)


# -- group k-fold -----------------------------------------------------------------------------


grouped_rows = st.lists(st.sampled_from(["Pikachu", "Flabébé", "Nidoran♀", "Mew", "Eevee", "a", "b",
                                         "c", "ポケモン"]), min_size=2, max_size=60).flatmap(
    lambda groups: st.tuples(st.just(groups), st.integers(2, len(set(groups)))) if len(set(groups)) >= 2
    else st.nothing())


@given(grouped_rows)
def test_group_folds_never_split_a_group(groups_and_k):
    groups, n_splits = groups_and_k
    groups = np.array(groups)
    where = f"group_kfold_indices(..., n_splits={n_splits}) ({FILE})"
    folds = group_kfold_indices(groups, n_splits)
    assert_partition(folds, len(groups), n_splits, where)
    for number, (train, validation) in enumerate(folds):
        shared = set(groups[np.asarray(train)]) & set(groups[np.asarray(validation)])
        assert not shared, (
            f"{where}: fold {number} has groups {sorted(shared)} on both sides; all rows of a group "
            "must go to the same validation fold")
        assert len(validation) > 0, f"{where}: validation fold {number} is empty"


def test_group_folds_keep_duplicate_species_together(pokemon):
    names = np.concatenate([pokemon["name"].to_numpy(), pokemon["name"].to_numpy()[:200]])
    folds = group_kfold_indices(names, 5)
    assert_partition(folds, len(names), 5, f"group_kfold_indices ({FILE})")
    for number, (train, validation) in enumerate(folds):
        shared = set(names[np.asarray(train)]) & set(names[np.asarray(validation)])
        assert not shared, (f"group_kfold_indices ({FILE}) put species {sorted(shared)[:3]} in both "
                            f"the training and validation rows of fold {number}")


def test_group_folds_hold_positions_of_a_series_with_another_index():
    keys = np.array(["a"] * 4 + ["b"] * 3 + ["c"] * 2 + ["d"])
    index = 50 + np.random.default_rng(1).permutation(len(keys))  # labels 50..59, shuffled
    groups = pd.Series(keys, index=index)
    where = f"group_kfold_indices ({FILE}) on a Series whose index is a shuffled 50..59"
    folds = group_kfold_indices(groups, 2)
    assert_partition(folds, len(keys), 2, where)
    for number, (train, validation) in enumerate(folds):
        shared = set(keys[np.asarray(train)]) & set(keys[np.asarray(validation)])
        assert not shared, (
            f"{where}: fold {number} has groups {sorted(shared)} on both sides (read by position). Folds hold "
            "row positions: read the groups by position (np.asarray(groups)), not through the Series' index")


def test_group_folds_need_enough_groups():
    with must_raise(ValueError, f"group_kfold_indices(['a', 'a', 'b'], 3) ({FILE}) must refuse 3 folds for "
                                "2 distinct groups"):
        group_kfold_indices(["a", "a", "b"], 3)


group_sizes = st.lists(st.integers(1, 12), min_size=2, max_size=10).flatmap(
    lambda sizes: st.tuples(st.just(sizes), st.integers(2, len(sizes))))


@given(group_sizes)
@example(([1, 10, 1, 10], 2))  # groups dealt in the order they appear: 2 rows against 20
@example(([3, 3, 3, 3, 12], 2))  # one group larger than all the others together
def test_group_folds_are_balanced_within_the_largest_group(sizes_and_k):
    sizes, n_splits = sizes_and_k
    groups = np.repeat([f"g{number}" for number in range(len(sizes))], sizes)
    where = f"group_kfold_indices(groups of {sizes} rows, n_splits={n_splits}) ({FILE})"
    folds = group_kfold_indices(groups, n_splits)
    assert_partition(folds, len(groups), n_splits, where)
    fold_rows = sorted(len(validation) for _, validation in folds)
    assert fold_rows[-1] - fold_rows[0] <= max(sizes), (
        f"{where} made validation folds of {fold_rows} rows: the largest may exceed the smallest by at most "
        f"the largest group ({max(sizes)} rows). Balance by rows: give each group, largest first, to the "
        "fold with the fewest rows so far")


def test_group_keys_are_compared_as_python_compares_them():
    groups = [("ash", 1), 7, "7", ("ash", 1), ("misty", 2), 7, "7", ("misty", 2)]
    where = (f"group_kfold_indices({groups}, n_splits=4) ({FILE})")
    folds = group_kfold_indices(groups, 4)
    assert_partition(folds, len(groups), 4, where)
    for number, (_train, validation) in enumerate(folds):
        keys = {groups[row] for row in np.asarray(validation).tolist()}
        assert len(keys) == 1, (
            f"{where}: fold {number} validates the groups {sorted(map(repr, keys))}; there are 4 distinct keys "
            "(7 and \"7\" differ, a tuple is one key) for 4 folds, so each fold holds one. Number the keys with a "
            "dict (np.unique turns 7 and \"7\" into one string and splits tuples)")


# -- the cross-validation loop ----------------------------------------------------------------


def model():
    return make_pipeline(StandardScaler(), LogisticRegression())


@pytest.mark.parametrize("scoring", ["f1", "accuracy", "roc_auc"])
def test_cross_validation_matches_scikit_learn_on_the_same_folds(legendary_task, scoring):
    X, y = legendary_task
    folds = stratified_kfold_indices(y, 5, seed=3)
    expected = cross_val_score(model(), X, y, cv=folds, scoring=scoring)
    scores = np.asarray(cross_validate_model(model(), X, y, folds, scoring=scoring), dtype=float)
    assert scores.shape == expected.shape, (
        f"cross_validate_model ({FILE}) returned {scores.shape[0]} scores for {len(folds)} folds")
    np.testing.assert_allclose(scores, expected, atol=1e-9, err_msg=(
        f"cross_validate_model ({FILE}) disagrees with sklearn's cross_val_score on the same folds "
        f"for scoring={scoring!r}: fit a clone on the training rows, score with get_scorer"))


def test_cross_validation_selects_rows_by_position(legendary_task):
    X, y = legendary_task
    order = np.random.default_rng(8).permutation(len(y))
    shuffled_X = X.iloc[order].set_axis(pd.Index(order[::-1].copy()), axis=0)  # labels are not positions
    shuffled_y = pd.Series(y[order], index=shuffled_X.index)
    folds = stratified_kfold_indices(y[order], 4, seed=0)
    expected = cross_val_score(model(), shuffled_X.reset_index(drop=True), y[order], cv=folds, scoring="f1")
    scores = np.asarray(cross_validate_model(model(), shuffled_X, shuffled_y, folds, scoring="f1"), dtype=float)
    np.testing.assert_allclose(scores, expected, atol=1e-9, err_msg=(
        f"cross_validate_model ({FILE}) gave other scores on a frame whose index is shuffled (labels are not "
        "positions): folds hold positions, so select rows with X.iloc[...] and y by position "
        "(np.asarray(y)[...]); X.loc[...] silently picks other rows"))


def test_cross_validation_leaves_the_given_model_unfitted(legendary_task):
    X, y = legendary_task
    given_model = DecisionTreeClassifier(max_depth=2, random_state=0)
    cross_validate_model(given_model, X, y, kfold_indices(len(y), 3))
    try:
        check_is_fitted(given_model)
    except NotFittedError:
        return
    pytest.fail(f"cross_validate_model ({FILE}) fitted the model it was given: fit a clone "
                "(sklearn.base.clone) in each fold and leave the original untouched")


class FitsOnce(ClassifierMixin, BaseEstimator):
    """A classifier that refuses a second fit: proves each fold gets a fresh clone."""

    def fit(self, X, y):
        assert not hasattr(self, "classes_"), (
            f"cross_validate_model ({FILE}) fitted the same model object in two folds: "
            "clone the model for each fold so no state carries over")
        self.classes_ = np.unique(y)
        self.majority_ = np.bincount(y).argmax()
        return self

    def predict(self, X):
        return np.full(len(X), self.majority_)


def test_cross_validation_fits_a_fresh_clone_per_fold(legendary_task):
    X, y = legendary_task
    scores = cross_validate_model(FitsOnce(), X, y, kfold_indices(len(y), 4), scoring="accuracy")
    assert len(scores) == 4
