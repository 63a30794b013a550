"""Kata 3.8: tell underfitting from overfitting against what the task allows, and read learning curves.

Rules (each enforced by the test named):
1. high_bias: train_score < achievable_score - tolerance (strict):
   test_worked_examples, test_flags_follow_their_definitions.
2. high_variance: validation_score < achievable_score - tolerance and
   train_score - validation_score > tolerance (strict; a gap alone, or validation above training,
   is not variance): test_worked_examples, test_flags_follow_their_definitions.
3. label = LABELS[high_bias + 2 * high_variance]: test_flags_follow_their_definitions.
4. ValueError for NaN or inf anywhere, or a negative tolerance: test_impossible_inputs_are_refused.
5. diagnose_model: mean train and validation scores over the folds, a fresh clone per fold:
   test_diagnosis_of_real_models_on_the_legendary_task, test_diagnose_model_scores_match_cross_validate;
   its tolerance reaches diagnose_scores: test_diagnose_model_passes_its_tolerance_on.
6. learning_curve_scores: the first s training positions of each fold (in the order given, shuffled
   in the test), scored on themselves and on
   the validation rows, averaged; one row per size in order; ValueError for impossible sizes:
   test_learning_curve_matches_scikit_learn, test_impossible_train_sizes_are_refused (a size above
   any fold's training rows, not only the first fold's); one row is a possible size:
   test_a_single_training_row_is_a_possible_size; rows read by position, X and a y Series with a
   shuffled index alike: test_rows_are_read_by_position_whatever_the_index.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, learning_curve
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

from kata_framework.expect import must_raise
from katas.module3_training.bias_variance import (
    CURVE_COLUMNS,
    LABELS,
    Diagnosis,
    diagnose_model,
    diagnose_scores,
    learning_curve_scores,
)

FILE = "katas/module3_training/bias_variance.py"
score = st.floats(0, 1)


@pytest.mark.parametrize("train, validation, expected", [
    pytest.param(0.81, 0.78, "high bias", id="stump-poor-on-its-own-rows"),
    pytest.param(1.00, 0.70, "high variance", id="full-tree-memorises"),
    pytest.param(0.95, 0.95, "good fit", id="at-the-achievable-level"),
    pytest.param(1.00, 0.93, "good fit", id="a-gap-but-validation-reaches-the-achievable"),
    pytest.param(0.80, 0.60, "high bias and high variance", id="both"),
    pytest.param(0.80, 0.88, "high bias", id="validation-above-training-is-not-variance"),
])
def test_worked_examples(train, validation, expected):
    diagnosis = diagnose_scores(train, validation, achievable_score=0.95, tolerance=0.05)
    assert isinstance(diagnosis, Diagnosis), f"diagnose_scores ({FILE}) must return a Diagnosis"
    assert diagnosis.label == expected, (
        f"diagnose_scores ({FILE}) called train={train}, validation={validation} (achievable 0.95, "
        f"tolerance 0.05) {diagnosis.label!r}; expected {expected!r}. Bias: is the TRAINING score more "
        "than the tolerance below what the task allows? Variance: does validation fall short of what "
        "the task allows, with a drop from training larger than the tolerance?")
    assert (diagnosis.train_score, diagnosis.validation_score) == (train, validation)


@given(score, score, score, st.floats(0, 0.5))
@example(0.5, 0.5, 0.75, 0.25)    # training exactly tolerance short: not biased
@example(1.0, 0.75, 1.0, 0.25)    # validation exactly tolerance short, gap exactly tolerance: no variance
@example(0.5, 0.25, 1.0, 0.25)    # validation well short, gap exactly tolerance: no variance (bias only)
@example(1.0, 0.5, 1.0, 0.25)     # a clear variance case
@example(0.25, 0.75, 1.0, 0.0)    # validation above training
def test_flags_follow_their_definitions(train, validation, achievable, tolerance):
    diagnosis = diagnose_scores(train, validation, achievable_score=achievable, tolerance=tolerance)
    floor = achievable - tolerance
    exact = all((value * 64).is_integer() for value in (train, validation, achievable, tolerance))
    near = min(abs(train - floor), abs(validation - floor), abs(train - validation - tolerance)) < 1e-9
    if near and not exact:
        return  # within rounding of a boundary: an equivalent formula may round the other way
    assert diagnosis.high_bias == (train < floor), (
        f"diagnose_scores ({FILE}): high_bias must be train_score < achievable_score - tolerance, strictly "
        f"(train={train}, validation={validation}, achievable={achievable}, tolerance={tolerance}); the "
        "validation score does not decide bias")
    assert diagnosis.high_variance == (validation < floor and train - validation > tolerance), (
        f"diagnose_scores ({FILE}): high_variance must be validation_score < achievable_score - tolerance "
        f"and train_score - validation_score > tolerance, both strict (train={train}, "
        f"validation={validation}, achievable={achievable}, tolerance={tolerance})")
    assert diagnosis.label == LABELS[int(diagnosis.high_bias) + 2 * int(diagnosis.high_variance)], (
        f"diagnose_scores ({FILE}): label {diagnosis.label!r} disagrees with the flags")


@pytest.mark.parametrize("arguments, what", [
    pytest.param((math.nan, 0.5, 0.9, 0.05), "a NaN training score", id="nan-train"),
    pytest.param((0.9, math.inf, 0.9, 0.05), "an infinite validation score", id="inf-validation"),
    pytest.param((0.9, 0.8, math.nan, 0.05), "a NaN achievable score", id="nan-achievable"),
    pytest.param((0.9, 0.8, 0.9, -0.01), "a negative tolerance", id="negative-tolerance"),
])
def test_impossible_inputs_are_refused(arguments, what):
    train, validation, achievable, tolerance = arguments
    with must_raise(ValueError, f"diagnose_scores ({FILE}) must refuse {what} with a ValueError"):
        diagnose_scores(train, validation, achievable_score=achievable, tolerance=tolerance)


@pytest.fixture(scope="module")
def folds(shared_legendary_task):
    _, y = shared_legendary_task
    return list(StratifiedKFold(5, shuffle=True, random_state=0).split(np.zeros(len(y)), y))


#: A scaled logistic regression reaches a cross-validated ROC AUC of about 0.95 on this task.
ACHIEVABLE = 0.95


@pytest.mark.parametrize("name, model, expected", [
    ("a decision stump", DecisionTreeClassifier(max_depth=1, random_state=0), "high bias"),
    ("an unpruned decision tree", DecisionTreeClassifier(random_state=0), "high variance"),
    ("a scaled logistic regression", make_pipeline(StandardScaler(), LogisticRegression()), "good fit"),
    ("an extra-trees forest (training ROC AUC 1.00, validation about 0.94: a gap, but nothing to gain)",
     ExtraTreesClassifier(n_estimators=25, min_samples_leaf=3, random_state=0, n_jobs=1), "good fit"),
], ids=["stump", "unpruned-tree", "logistic-regression", "extra-trees"])
def test_diagnosis_of_real_models_on_the_legendary_task(shared_legendary_task, folds, name, model, expected):
    X, y = shared_legendary_task
    diagnosis = diagnose_model(model, X.copy(), y.copy(), folds, scoring="roc_auc", achievable_score=ACHIEVABLE,
                               tolerance=0.05)
    assert diagnosis.label == expected, (
        f"diagnose_model ({FILE}) called {name} {diagnosis.label!r} (train ROC AUC {diagnosis.train_score:.3f}, "
        f"validation {diagnosis.validation_score:.3f}, achievable {ACHIEVABLE}); expected {expected!r}. "
        "Average the training-row scores and the validation scores over the folds (cross_validate with "
        "return_train_score=True) and judge them against the achievable score")


def test_learning_curve_matches_scikit_learn(shared_legendary_task, folds):
    X, y = shared_legendary_task
    model = DecisionTreeClassifier(max_depth=4, random_state=0)
    sizes = [160, 320, 640]
    # Training positions in a shuffled order: "the first s" means the first s in the order given.
    folds = [(np.random.default_rng(index).permutation(train), validation)
             for index, (train, validation) in enumerate(folds[:3])]
    curve = learning_curve_scores(model, X.copy(), y.copy(), folds, train_sizes=sizes, scoring="roc_auc")
    assert list(curve.columns) == CURVE_COLUMNS, (
        f"learning_curve_scores ({FILE}) must return the columns {CURVE_COLUMNS}, got {list(curve.columns)}")
    assert curve["train_size"].tolist() == sizes, (
        f"learning_curve_scores ({FILE}) must have one row per size, in order: {sizes}")
    _, train_scores, validation_scores = learning_curve(model, X, y, cv=folds, train_sizes=sizes,
                                                        scoring="roc_auc", shuffle=False)
    assert np.allclose(curve["train_score"], train_scores.mean(axis=1), atol=1e-9), (
        f"learning_curve_scores ({FILE}): train_score {curve['train_score'].round(4).tolist()} should be "
        f"{train_scores.mean(axis=1).round(4).tolist()}: fit on the first s training positions of each "
        "fold, in the order given (not sorted), and score those same s rows (not the fold's whole "
        "training set)")
    assert np.allclose(curve["validation_score"], validation_scores.mean(axis=1), atol=1e-9), (
        f"learning_curve_scores ({FILE}): validation_score {curve['validation_score'].round(4).tolist()} "
        f"should be {validation_scores.mean(axis=1).round(4).tolist()}: score each fold's validation rows")


def test_rows_are_read_by_position_whatever_the_index(shared_legendary_task, folds):
    X, y = shared_legendary_task
    index = 5000 + np.random.default_rng(2).permutation(len(X))  # labels 5000.., shuffled
    X_relabelled = X.set_axis(index, axis=0)
    y_series = pd.Series(y, index=index)
    model = DecisionTreeClassifier(max_depth=2, random_state=0)
    few_folds = folds[:2]
    expected = learning_curve_scores(model, X.reset_index(drop=True), y.copy(), few_folds, train_sizes=[80, 320])
    curve = learning_curve_scores(model, X_relabelled, y_series, few_folds, train_sizes=[80, 320])
    assert np.allclose(curve[["train_score", "validation_score"]].to_numpy(),
                       expected[["train_score", "validation_score"]].to_numpy(), atol=1e-9), (
        f"learning_curve_scores ({FILE}) gave other scores when X and y (a Series) carry a shuffled index "
        "5000..: folds hold row positions; read both by position (X.iloc, np.asarray(y)), never by label")


@pytest.mark.parametrize("sizes", [pytest.param([0, 100], id="zero-rows"),
                                   pytest.param([100, 10_000], id="more-rows-than-a-fold-has")])
def test_impossible_train_sizes_are_refused(shared_legendary_task, folds, sizes):
    X, y = shared_legendary_task
    with must_raise(ValueError, f"learning_curve_scores ({FILE}) must refuse train_sizes={sizes} with a ValueError"):
        learning_curve_scores(DecisionTreeClassifier(max_depth=2), X.copy(), y.copy(), folds, train_sizes=sizes)


def test_diagnose_model_scores_match_cross_validate(shared_legendary_task, folds):
    from sklearn.model_selection import cross_validate

    X, y = shared_legendary_task
    model = DecisionTreeClassifier(max_depth=3, random_state=0)
    diagnosis = diagnose_model(model, X.copy(), y.copy(), folds, scoring="roc_auc", achievable_score=ACHIEVABLE)
    expected = cross_validate(model, X, y, cv=folds, scoring="roc_auc", return_train_score=True)
    assert diagnosis.train_score == pytest.approx(expected["train_score"].mean(), abs=1e-9) and \
        diagnosis.validation_score == pytest.approx(expected["test_score"].mean(), abs=1e-9), (
        f"diagnose_model ({FILE}) reports training {diagnosis.train_score:.4f} and validation "
        f"{diagnosis.validation_score:.4f}; cross_validate(..., return_train_score=True) on the same folds gives "
        f"{expected['train_score'].mean():.4f} and {expected['test_score'].mean():.4f}. Score each fold's model on "
        "its own training rows (not on every row) and on its validation rows, and average over the folds")


def test_diagnose_model_passes_its_tolerance_on(shared_legendary_task, folds):
    X, y = shared_legendary_task
    diagnosis = diagnose_model(DecisionTreeClassifier(random_state=0), X.copy(), y.copy(), folds[:2],
                               scoring="roc_auc", achievable_score=ACHIEVABLE, tolerance=0.5)
    assert diagnosis.label == "good fit", (
        f"diagnose_model ({FILE}) called an unpruned tree {diagnosis.label!r} with tolerance=0.5 (training ROC "
        f"AUC {diagnosis.train_score:.3f}, validation {diagnosis.validation_score:.3f}, achievable {ACHIEVABLE}): "
        "within half a point of the achievable score nothing is flagged. Pass tolerance on to diagnose_scores")


def test_a_size_above_a_later_folds_training_rows_is_refused(shared_legendary_task):
    X, y = shared_legendary_task
    everything = np.arange(len(X))
    uneven = [(everything[:700], everything[700:]), (everything[:500], everything[500:])]  # 700, then 500 rows
    with must_raise(ValueError, f"learning_curve_scores ({FILE}) must refuse train_sizes=[600] when the second "
                                "fold has only 500 training rows (check every fold, not only the first)"):
        learning_curve_scores(DecisionTreeClassifier(max_depth=2), X.copy(), y.copy(), uneven, train_sizes=[600])


def test_a_single_training_row_is_a_possible_size(shared_legendary_task, folds):
    from sklearn.dummy import DummyClassifier

    X, y = shared_legendary_task
    curve = learning_curve_scores(DummyClassifier(), X.copy(), y.copy(), folds[:2], train_sizes=[1, 2],
                                  scoring="accuracy")
    assert curve["train_size"].tolist() == [1, 2], (
        f"learning_curve_scores ({FILE}) must accept train_sizes=[1, 2]: a size is impossible only below 1 "
        "or above a fold's training rows")
