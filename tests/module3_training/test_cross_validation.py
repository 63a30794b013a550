"""Kata 3.1: k-fold, stratified and group k-fold from scratch, and a cross-validation loop."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier
from sklearn.utils.validation import check_is_fitted

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


def test_kfold_shuffle_actually_shuffles():
    plain = kfold_indices(100, 5)
    shuffled = kfold_indices(100, 5, shuffle=True, seed=1)
    assert not all(np.array_equal(a[1], b[1]) for a, b in zip(plain, shuffled)), (
        f"kfold_indices(shuffle=True) ({FILE}) gave the unshuffled folds: permute the rows first")


@pytest.mark.parametrize("n_rows, n_splits", [(5, 1), (5, 0), (3, 4)])
def test_kfold_rejects_impossible_split_counts(n_rows, n_splits):
    with pytest.raises(ValueError):
        kfold_indices(n_rows, n_splits)


# -- stratified k-fold ------------------------------------------------------------------------


labelled_rows = st.lists(st.sampled_from([0, 1, 1, 0, 0, "rare"]), min_size=2, max_size=80).flatmap(
    lambda labels: st.tuples(st.just(labels), st.integers(2, len(labels))))


@given(labelled_rows, st.integers(0, 2**16))
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


@given(labelled_rows, st.integers(0, 2**16))
@settings(max_examples=20)
def test_stratified_folds_are_reproducible_with_a_seed(labels_and_k, seed):
    labels, n_splits = labels_and_k
    labels = [str(label) for label in labels]
    first = stratified_kfold_indices(labels, n_splits, seed=seed)
    second = stratified_kfold_indices(labels, n_splits, seed=seed)
    assert all(np.array_equal(np.sort(a[1]), np.sort(b[1])) for a, b in zip(first, second)), (
        f"stratified_kfold_indices(seed={seed}) ({FILE}) gave different folds for the same seed")


def test_stratified_rejects_impossible_split_counts():
    with pytest.raises(ValueError):
        stratified_kfold_indices([0, 1, 0], 1)
    with pytest.raises(ValueError):
        stratified_kfold_indices([0, 1, 0], 4)


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


def test_group_folds_need_enough_groups():
    with pytest.raises(ValueError):
        group_kfold_indices(["a", "a", "b"], 3)


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
