"""Kata 3.4: the best cross-validated model that meets a latency budget, test set untouched."""

from __future__ import annotations

import time

import numpy as np
import pytest
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from kata_framework.tripwire import Tripwire
from katas.module3_training.tuning import TuningResult, single_row_latency_ms, tune_within_latency_budget

FILE = "katas/module3_training/tuning.py"
WHERE = f"tune_within_latency_budget ({FILE})"
BUDGET_MS = 20.0
SLOW_SECONDS = 0.06  # per predict call: three times the budget


class SlowToPredict(ClassifierMixin, BaseEstimator):
    """Wraps a model and adds a fixed delay to every prediction call (a model too big to serve)."""

    def __init__(self, model=None, delay_seconds=SLOW_SECONDS):
        self.model = model
        self.delay_seconds = delay_seconds

    def fit(self, X, y):
        self.model_ = clone(self.model).fit(X, y)
        self.classes_ = self.model_.classes_
        return self

    def predict(self, X):
        time.sleep(self.delay_seconds)
        return self.model_.predict(X)

    def predict_proba(self, X):
        time.sleep(self.delay_seconds)
        return self.model_.predict_proba(X)


def scaled_lr(C):
    return make_pipeline(StandardScaler(), LogisticRegression(C=C))


def candidates():
    return {
        "baseline": DummyClassifier(),
        "lr_strong_penalty": scaled_lr(0.01),
        "lr_medium_penalty": scaled_lr(0.03),
        "lr_unpenalised_but_slow": SlowToPredict(scaled_lr(1.0)),
    }


@pytest.fixture(scope="module")
def split(shared_legendary_task):
    X, y = shared_legendary_task
    X_train, X_test, y_train, y_test = train_test_split(
        X.to_numpy(dtype=float), y, test_size=0.25, stratify=y, random_state=0)
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(X_train, y_train))
    return X_train, y_train, X_test, y_test, folds


@pytest.fixture(scope="module")
def tuned(split):
    """Selection runs once, with the test set behind armed tripwires."""
    X_train, y_train, X_test, y_test, folds = split
    X_wire, y_wire = Tripwire(X_test.copy(), "X_test"), Tripwire(y_test.copy(), "y_test")
    result = tune_within_latency_budget(candidates(), X_train.copy(), y_train.copy(), X_wire, y_wire,
                                        folds=folds, budget_ms=BUDGET_MS)
    return result, X_wire, y_wire


@pytest.fixture(scope="module")
def expected_scores(split):
    X_train, y_train, _, _, folds = split
    return {name: cross_val_score(model, X_train, y_train, cv=folds, scoring="f1").mean()
            for name, model in candidates().items() if not isinstance(model, SlowToPredict)} | {
        "lr_unpenalised_but_slow": cross_val_score(scaled_lr(1.0), X_train, y_train, cv=folds, scoring="f1").mean()}


@pytest.mark.timeout(20)
def test_selection_never_reads_the_test_set(tuned, split):
    result, X_wire, y_wire = tuned
    assert X_wire.reads == [] and y_wire.reads == [], (
        f"{WHERE} read the test set during selection ({X_wire.reads + y_wire.reads}): choose with "
        "cross-validation on the training rows only")
    assert isinstance(result, TuningResult), f"{WHERE} must return a TuningResult"
    # The one sanctioned look at the test set, after selection is over.
    with X_wire.disarmed(), y_wire.disarmed():
        test_f1 = f1_score(y_wire.unwrap(), result.best_model.predict(X_wire.unwrap()))
    assert test_f1 > 0.15, f"{WHERE}: the chosen model scores F1 {test_f1:.2f} on the test set; is it fitted?"


def test_every_candidate_gets_its_cross_validated_score(tuned, expected_scores):
    result, _, _ = tuned
    assert set(result.cv_scores) == set(expected_scores), (
        f"{WHERE}: cv_scores must have one entry per candidate, got {sorted(result.cv_scores)}")
    for name, expected in expected_scores.items():
        assert result.cv_scores[name] == pytest.approx(expected, abs=1e-9), (
            f"{WHERE}: cv_scores[{name!r}] is {result.cv_scores[name]:.4f}, cross_val_score on the same "
            f"folds gives {expected:.4f}: fit a clone per fold on the training positions")


def test_latency_is_measured_per_single_row(tuned):
    result, _, _ = tuned
    slow = result.latency_ms["lr_unpenalised_but_slow"]
    assert slow >= SLOW_SECONDS * 1000 * 0.95, (
        f"{WHERE}: the slow candidate sleeps {SLOW_SECONDS * 1000:.0f} ms per prediction call but its "
        f"measured latency is {slow:.1f} ms: time model.predict on one row")
    fast = result.latency_ms["lr_strong_penalty"]
    assert fast < BUDGET_MS, (
        f"{WHERE}: a logistic regression predicting one row took {fast:.1f} ms by your measurement; it "
        "takes about a millisecond. Time only predict (after a warm-up call), and take the median")


def test_the_best_model_within_budget_wins(tuned, expected_scores):
    result, _, _ = tuned
    fast = {name: score for name, score in expected_scores.items() if name != "lr_unpenalised_but_slow"}
    best_fast = max(fast, key=fast.get)
    assert expected_scores["lr_unpenalised_but_slow"] > fast[best_fast], "the test's slow model must be the most accurate"
    assert result.best_name == best_fast, (
        f"{WHERE} chose {result.best_name!r}; the best cross-validated candidate that predicts within "
        f"{BUDGET_MS} ms is {best_fast!r}. The slow one scores higher but cannot be served: drop "
        "candidates over budget before picking the highest score")


def test_the_chosen_model_is_refit_on_all_training_rows(tuned, split):
    result, _, _ = tuned
    X_train, y_train, _, _, _ = split
    expected = candidates()[result.best_name].fit(X_train, y_train)
    np.testing.assert_allclose(result.best_model.predict_proba(X_train), expected.predict_proba(X_train),
                               atol=1e-9, err_msg=f"{WHERE}: best_model must be the chosen candidate "
                                                  "refit on every training row")


def test_no_affordable_candidate_is_an_error(split):
    X_train, y_train, X_test, y_test, folds = split
    with pytest.raises(ValueError):
        tune_within_latency_budget({"slow": SlowToPredict(DummyClassifier(), delay_seconds=0.01)},
                                   X_train, y_train, Tripwire(X_test), Tripwire(y_test),
                                   folds=folds[:2], budget_ms=1.0)


def test_single_row_latency_is_a_median_in_milliseconds(split):
    X_train, y_train, _, _, _ = split
    model = SlowToPredict(DummyClassifier(), delay_seconds=0.01).fit(X_train, y_train)
    latency = single_row_latency_ms(model, X_train, calls=5)
    assert 9.5 <= latency < 40, (
        f"single_row_latency_ms ({FILE}) returned {latency:.2f} for a model that takes 10 ms per call: "
        "return the median of the timed calls in milliseconds")
