"""Kata 3.2: majority, stratified, mean and median baselines: the scores any real model has to beat.

Rules (each enforced by the test named):
1. majority: the most frequent training class (any sortable labels, strings too), ties to the
   class that sorts first:
   test_majority_predicts_the_most_frequent_training_class.
2. predict_proba: the training class shares, columns in sorted classes_ order, with either strategy:
   test_probabilities_are_the_training_class_shares, test_stratified_probabilities_are_the_class_shares_too.
3. stratified: draws with the class shares, every class (not only two):
   test_stratified_predictions_follow_the_class_shares, test_stratified_draws_every_class_with_its_share.
4. stratified: the same seed gives the same predictions, also when predict is called twice:
   test_stratified_predictions_are_reproducible_with_a_seed,
   test_stratified_predictions_do_not_change_between_calls.
5. A scikit-learn estimator (clone, fit returns self): test_baseline_is_a_well_behaved_scikit_learn_estimator.
6. ValueError for an unknown strategy or no rows: test_impossible_baselines_raise_value_error;
   raised by fit, not by __init__ (which only stores, so set_params can repair it):
   test_an_unknown_strategy_is_refused_by_fit_not_by_init.
7. MeanRegressor predicts the training mean, MedianRegressor the training median (the mean of the two
   middle values for an even count): test_mean_regressor_predicts_the_training_mean,
   test_median_regressor_predicts_the_training_median; also for integer targets, whose mean or
   median need not be an integer: test_regressors_on_integer_targets_predict_fractions.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import cross_val_score

from kata_framework.expect import must_raise
from katas.module3_training.baselines import BaselineClassifier, MeanRegressor, MedianRegressor

FILE = "katas/module3_training/baselines.py"

label_lists = st.lists(st.sampled_from([0, 1, 1, 2]), min_size=1, max_size=40)


def features(n):
    return pd.DataFrame({"hp": np.arange(n), "name": ["Flabébé"] * n})


@settings(max_examples=25)
@given(label_lists)
@example([1, 0])
@example([2, 1, 1, 2, 0])
@example(["rare", "common", "common"])  # class labels need not be integers
@example(["b", "a"])  # a tie between string labels: "a" sorts first
def test_majority_predicts_the_most_frequent_training_class(labels):
    counts = Counter(labels)
    top = max(counts.values())
    expected = min(label for label, count in counts.items() if count == top)
    predicted = BaselineClassifier().fit(features(len(labels)), labels).predict(features(7))
    assert len(predicted) == 7, f"BaselineClassifier.predict ({FILE}) must return one label per row"
    assert all(p == expected for p in predicted), (
        f"BaselineClassifier(strategy='majority') ({FILE}) trained on class counts {dict(counts)} "
        f"predicted {sorted(set(np.asarray(predicted).tolist()))}; expected always {expected} "
        "(the most frequent class; ties go to the class that sorts first)")


@given(label_lists)
@example([2, 0, 1, 1])
def test_probabilities_are_the_training_class_shares(labels):
    model = BaselineClassifier().fit(features(len(labels)), labels)
    proba = np.asarray(model.predict_proba(features(3)), dtype=float)
    classes = sorted(set(labels))
    shares = [labels.count(c) / len(labels) for c in classes]
    assert list(model.classes_) == classes, (
        f"BaselineClassifier.classes_ ({FILE}) must be the sorted training classes {classes}")
    assert proba.shape == (3, len(classes)), (
        f"BaselineClassifier.predict_proba ({FILE}) returned shape {proba.shape}, expected "
        f"(rows, classes) = (3, {len(classes)})")
    np.testing.assert_allclose(proba, np.tile(shares, (3, 1)), atol=1e-12, err_msg=(
        f"BaselineClassifier.predict_proba ({FILE}) must give every row the training class shares "
        f"{shares} (in classes_ order), not a hard 0/1 vote"))


def test_stratified_predictions_follow_the_class_shares():
    labels = [0] * 920 + [1] * 80
    model = BaselineClassifier(strategy="stratified", seed=7).fit(features(1000), labels)
    predicted = np.asarray(model.predict(features(20_000)))
    share = float(np.mean(predicted == 1))
    assert set(predicted.tolist()) <= {0, 1}, f"BaselineClassifier ({FILE}) predicted an unseen class"
    assert abs(share - 0.08) < 0.015, (
        f"BaselineClassifier(strategy='stratified') ({FILE}) predicted class 1 for {share:.1%} of rows; "
        "it was 8% of the training labels. Draw with p=class shares")


def test_stratified_draws_every_class_with_its_share():
    labels = [0] * 500 + [1] * 300 + [2] * 200
    model = BaselineClassifier(strategy="stratified", seed=11).fit(features(1000), labels)
    predicted = np.asarray(model.predict(features(20_000)))
    shares = {c: float(np.mean(predicted == c)) for c in (0, 1, 2)}
    assert all(abs(shares[c] - expected) < 0.015 for c, expected in ((0, 0.5), (1, 0.3), (2, 0.2))), (
        f"BaselineClassifier(strategy='stratified') ({FILE}) trained on shares 50/30/20% of classes 0, 1, 2 "
        f"predicted them {shares}: draw among every training class with p=class shares "
        "(rng.choice(classes_, size, p=class_shares_)), not a yes/no draw between two classes")


def test_stratified_probabilities_are_the_class_shares_too():
    model = BaselineClassifier(strategy="stratified", seed=2).fit(features(5), [2, 0, 1, 1, 1])
    proba = np.asarray(model.predict_proba(features(40)), dtype=float)
    np.testing.assert_allclose(proba, np.tile([0.2, 0.6, 0.2], (40, 1)), atol=1e-12, err_msg=(
        f"BaselineClassifier(strategy='stratified').predict_proba ({FILE}) must give every row the training "
        "class shares [0.2, 0.6, 0.2], whatever the strategy: the shares are the probabilities it draws "
        "with, not the 0/1 of one draw"))


def test_stratified_predictions_are_reproducible_with_a_seed():
    labels = [0] * 30 + [1] * 10
    first = BaselineClassifier(strategy="stratified", seed=3).fit(features(40), labels).predict(features(200))
    second = BaselineClassifier(strategy="stratified", seed=3).fit(features(40), labels).predict(features(200))
    assert np.array_equal(first, second), (
        f"BaselineClassifier(strategy='stratified', seed=3) ({FILE}) gave different predictions "
        "after two identical fits: create the generator from the seed in fit")


def test_stratified_predictions_do_not_change_between_calls():
    labels = [0] * 30 + [1] * 10
    model = BaselineClassifier(strategy="stratified", seed=3).fit(features(40), labels)
    first, second = model.predict(features(200)), model.predict(features(200))
    assert np.array_equal(first, second), (
        f"BaselineClassifier(strategy='stratified', seed=3) ({FILE}) answered differently when asked twice "
        "about the same rows: make the generator from the seed in predict, so every call draws the same "
        "sequence (a generator made once in fit moves on with every call)")


def test_baseline_is_a_well_behaved_scikit_learn_estimator():
    model = BaselineClassifier(strategy="stratified", seed=5)
    copy = clone(model)
    assert copy.get_params() == {"strategy": "stratified", "seed": 5}, (
        f"BaselineClassifier ({FILE}): __init__ must store its arguments unchanged so clone works")
    assert model.fit(features(4), [1, 0, 1, 1]) is model, f"BaselineClassifier.fit ({FILE}) must return self"


@pytest.mark.parametrize("make, what", [
    pytest.param(lambda: BaselineClassifier(strategy="median").fit(features(3), [0, 1, 1]),
                 "BaselineClassifier(strategy='median')", id="unknown-strategy"),
    pytest.param(lambda: BaselineClassifier().fit(features(0), []), "BaselineClassifier fit on no rows",
                 id="classifier-no-rows"),
    pytest.param(lambda: MeanRegressor().fit(features(0), []), "MeanRegressor fit on no rows", id="mean-no-rows"),
    pytest.param(lambda: MedianRegressor().fit(features(0), []), "MedianRegressor fit on no rows",
                 id="median-no-rows"),
])
def test_impossible_baselines_raise_value_error(make, what):
    with must_raise(ValueError, f"{what} ({FILE}) must raise ValueError"):
        make()


def test_an_unknown_strategy_is_refused_by_fit_not_by_init():
    try:
        model = BaselineClassifier(strategy="median")
    except ValueError:
        pytest.fail(f"BaselineClassifier(strategy='median') ({FILE}) raised in __init__: __init__ only stores its "
                    "arguments (scikit-learn's clone and set_params rely on it); refuse the strategy in fit")
    with must_raise(ValueError, f"BaselineClassifier(strategy='median').fit ({FILE}) must refuse the unknown strategy"):
        model.fit(features(3), [0, 1, 1])
    repaired = model.set_params(strategy="majority").fit(features(3), [0, 1, 1])
    assert repaired.predict(features(2)).tolist() == [1, 1], (
        f"BaselineClassifier ({FILE}): after set_params(strategy='majority') the baseline must fit and predict "
        "the majority class")


def test_majority_baseline_on_the_legendary_task_is_accurate_and_useless(legendary_task):
    X, y = legendary_task
    accuracy = cross_val_score(BaselineClassifier(), X, y, cv=5, scoring="accuracy", error_score="raise")
    predicted = BaselineClassifier().fit(X, y).predict(X)
    assert accuracy.mean() == pytest.approx(0.92, abs=0.005), (
        f"BaselineClassifier ({FILE}) should score about 92% accuracy on is_legendary by always "
        f"saying 'not legendary', got {accuracy.mean():.3f}")
    assert f1_score(y, predicted) == 0.0 and accuracy_score(y, predicted) == pytest.approx(0.92)


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=30))
def test_mean_regressor_predicts_the_training_mean(targets):
    predicted = np.asarray(MeanRegressor().fit(features(len(targets)), targets).predict(features(4)), dtype=float)
    np.testing.assert_allclose(predicted, np.full(4, np.mean(targets)), rtol=1e-9, atol=1e-6, err_msg=(
        f"MeanRegressor ({FILE}) must predict the mean of the training targets for every row"))


@pytest.mark.parametrize("make, expected", [
    pytest.param(MeanRegressor, 1.5, id="mean-of-1-and-2"),
    pytest.param(MedianRegressor, 1.5, id="median-of-1-and-2"),
])
def test_regressors_on_integer_targets_predict_fractions(make, expected):
    predicted = np.asarray(make().fit(features(2), np.array([1, 2])).predict(features(3)))
    np.testing.assert_allclose(predicted.astype(float), np.full(3, expected), err_msg=(
        f"{make.__name__} ({FILE}) trained on the integer targets [1, 2] predicted {predicted.tolist()}; the "
        f"training {'mean' if make is MeanRegressor else 'median'} is 1.5. Predict a float, not a value in "
        "the targets' integer dtype"))


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=30))
@example([1.0, 2.0, 6.0, 100.0])
@example([5.0])
def test_median_regressor_predicts_the_training_median(targets):
    predicted = np.asarray(MedianRegressor().fit(features(len(targets)), targets).predict(features(3)), dtype=float)
    np.testing.assert_allclose(predicted, np.full(3, np.median(targets)), rtol=1e-9, atol=1e-6, err_msg=(
        f"MedianRegressor ({FILE}) must predict the median of the training targets for every row (for an "
        f"even count, the mean of the two middle values); training targets {targets}"))
