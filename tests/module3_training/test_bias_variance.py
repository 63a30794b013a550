"""Kata 3.8: tell underfitting from overfitting using training and validation scores."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

from katas.module3_training.bias_variance import LABELS, Diagnosis, diagnose_model, diagnose_scores

FILE = "katas/module3_training/bias_variance.py"
score = st.floats(0, 1)


@pytest.mark.parametrize("train, validation, expected", [
    (0.81, 0.78, "high bias"),                      # a stump: poor even on its own training rows
    (1.00, 0.70, "high variance"),                  # a full tree: memorises the training rows
    (0.95, 0.95, "good fit"),
    (0.80, 0.60, "high bias and high variance"),
    (0.93, 0.95, "good fit"),                       # validation above training is not overfitting
])
def test_worked_examples(train, validation, expected):
    diagnosis = diagnose_scores(train, validation, target_score=0.9, max_gap=0.05)
    assert isinstance(diagnosis, Diagnosis), f"diagnose_scores ({FILE}) must return a Diagnosis"
    assert diagnosis.label == expected, (
        f"diagnose_scores ({FILE}) called train={train}, validation={validation} (target 0.9, max gap 0.05) "
        f"{diagnosis.label!r}; expected {expected!r}. Bias: is the TRAINING score below target? "
        "Variance: does the score drop by more than max_gap from training to validation?")
    assert (diagnosis.train_score, diagnosis.validation_score) == (train, validation)


@given(score, score, score, st.floats(0, 0.5))
def test_flags_follow_their_definitions(train, validation, target, gap):
    diagnosis = diagnose_scores(train, validation, target_score=target, max_gap=gap)
    assert diagnosis.high_bias == (train < target), (
        f"diagnose_scores ({FILE}): high_bias must be train_score < target_score "
        f"(train={train}, validation={validation}, target={target}); the validation score does not decide bias")
    assert diagnosis.high_variance == (train - validation > gap), (
        f"diagnose_scores ({FILE}): high_variance must be train_score - validation_score > max_gap "
        f"(train={train}, validation={validation}, gap={gap})")
    assert diagnosis.label == LABELS[int(diagnosis.high_bias) + 2 * int(diagnosis.high_variance)], (
        f"diagnose_scores ({FILE}): label {diagnosis.label!r} disagrees with the flags")


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_non_finite_scores_are_rejected(bad):
    with pytest.raises(ValueError):
        diagnose_scores(bad, 0.5, target_score=0.9)
    with pytest.raises(ValueError):
        diagnose_scores(0.9, bad, target_score=0.9)


@pytest.fixture(scope="module")
def folds(shared_legendary_task):
    _, y = shared_legendary_task
    return list(StratifiedKFold(5, shuffle=True, random_state=0).split(np.zeros(len(y)), y))


@pytest.mark.parametrize("name, model, expected", [
    ("a decision stump", DecisionTreeClassifier(max_depth=1, random_state=0), "high bias"),
    ("an unpruned decision tree", DecisionTreeClassifier(random_state=0), "high variance"),
    ("a scaled logistic regression", make_pipeline(StandardScaler(), LogisticRegression()), "good fit"),
])
def test_diagnosis_of_real_models_on_the_legendary_task(shared_legendary_task, folds, name, model, expected):
    X, y = shared_legendary_task
    diagnosis = diagnose_model(model, X.copy(), y.copy(), folds, scoring="roc_auc", target_score=0.9, max_gap=0.05)
    assert diagnosis.label == expected, (
        f"diagnose_model ({FILE}) called {name} {diagnosis.label!r} (train ROC AUC {diagnosis.train_score:.3f}, "
        f"validation {diagnosis.validation_score:.3f}); expected {expected!r}. Average the training-row "
        "scores and the validation scores over the folds (cross_validate with return_train_score=True)")
