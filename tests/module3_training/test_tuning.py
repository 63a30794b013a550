"""Kata 3.4: the best cross-validated model that meets a latency budget, test set untouched.

Selection runs once, in a module-scoped fixture, with the test set behind armed tripwires. If it
reads the test set, test_selection_never_reads_the_test_set says where, once; the tests that need
the selection's result then fail with one line pointing there.

Rules (each enforced by the test named):
1. X_test and y_test are never read during selection: test_selection_never_reads_the_test_set.
2. Every candidate's mean cross-validated score, a fresh clone per fold:
   test_every_candidate_gets_its_cross_validated_score.
3. Every candidate's single-row p95 latency: test_latency_is_measured_per_single_row.
4. The best score among candidates within the budget wins; ties go to the first candidate:
   test_the_best_model_within_budget_wins, test_ties_go_to_the_first_candidate.
5. The chosen model is refit on all training rows: test_the_chosen_model_is_refit_on_all_training_rows.
6. ValueError when no candidate fits the budget: test_no_affordable_candidate_is_an_error.
7. single_row_latency_ms: one row per call, the 95th percentile (not the median, not a batch's
   time per row), in milliseconds: test_single_row_latency_is_a_high_percentile_in_milliseconds,
   test_single_row_latency_times_one_row_not_a_batch; one untimed warm-up call first:
   test_single_row_latency_leaves_the_first_call_untimed.
8. A latency exactly at the budget is affordable (<=): test_a_latency_exactly_at_the_budget_is_affordable.
9. single_row_latency_ms makes exactly one warm-up call and ``calls`` timed calls (20 by default), each
   on one row: test_single_row_latency_makes_the_asked_calls_on_one_row; the 95th percentile, not the
   slowest call: test_single_row_latency_is_not_the_slowest_call (one stall in 40 calls, where the
   usual percentile definitions agree).
10. Selection fits clones: the caller's candidates stay unfitted: test_the_given_candidates_stay_unfitted.
"""

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

from kata_framework.expect import must_raise
from kata_framework.tripwire import Tripwire, TripwireTriggered
from katas.module3_training.tuning import TuningResult, single_row_latency_ms, tune_within_latency_budget

FILE = "katas/module3_training/tuning.py"
WHERE = f"tune_within_latency_budget ({FILE})"
BUDGET_MS = 75.0
SLOW_SECONDS = 0.15  # the stall of every fourth predict call: twice the budget


class SlowToPredict(ClassifierMixin, BaseEstimator):
    """Wraps a model; every fourth prediction call stalls for ``delay_seconds`` (a model too big to
    serve: its p95 latency is the stall, though its median looks fine)."""

    def __init__(self, model=None, delay_seconds=SLOW_SECONDS):
        self.model = model
        self.delay_seconds = delay_seconds

    def fit(self, X, y):
        self.model_ = clone(self.model).fit(X, y)
        self.classes_ = self.model_.classes_
        self.calls_ = 0
        return self

    def _stall(self):
        self.calls_ += 1
        if self.calls_ % 4 == 0:
            time.sleep(self.delay_seconds)

    def predict(self, X):
        self._stall()
        return self.model_.predict(X)

    def predict_proba(self, X):
        self._stall()
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
    """Selection runs once, with the test set behind armed tripwires: (result or None, wires, trip)."""
    X_train, y_train, X_test, y_test, folds = split
    X_wire, y_wire = Tripwire(X_test.copy(), "X_test"), Tripwire(y_test.copy(), "y_test")
    try:
        result = tune_within_latency_budget(candidates(), X_train.copy(), y_train.copy(), X_wire, y_wire,
                                            folds=folds, budget_ms=BUDGET_MS)
    except TripwireTriggered as trip:
        return None, X_wire, y_wire, trip
    return result, X_wire, y_wire, None


def _result(tuned) -> TuningResult:
    result, _, _, trip = tuned
    if trip is not None:
        pytest.fail(f"{WHERE} read the test set, so selection never finished: see "
                    "test_selection_never_reads_the_test_set", pytrace=False)
    assert isinstance(result, TuningResult), f"{WHERE} must return a TuningResult, got {type(result).__name__}"
    return result


@pytest.fixture(scope="module")
def expected_scores(split):
    X_train, y_train, _, _, folds = split
    return {name: cross_val_score(model, X_train, y_train, cv=folds, scoring="f1").mean()
            for name, model in candidates().items() if not isinstance(model, SlowToPredict)} | {
        "lr_unpenalised_but_slow": cross_val_score(scaled_lr(1.0), X_train, y_train, cv=folds, scoring="f1").mean()}


@pytest.mark.timeout(20)
def test_selection_never_reads_the_test_set(tuned):
    result, X_wire, y_wire, trip = tuned
    if trip is not None:
        pytest.fail(f"{WHERE} read the test set during selection: {trip}. Choose with cross-validation "
                    "on the training rows only; the test set is read once, after the choice, by the caller",
                    pytrace=False)
    assert X_wire.reads == [] and y_wire.reads == [], (
        f"{WHERE} read the test set during selection ({X_wire.reads + y_wire.reads}): choose with "
        "cross-validation on the training rows only")
    result = _result(tuned)
    # The one sanctioned look at the test set, after selection is over.
    with X_wire.disarmed(), y_wire.disarmed():
        test_f1 = f1_score(y_wire.unwrap(), result.best_model.predict(X_wire.unwrap()))
    assert test_f1 > 0.15, f"{WHERE}: the chosen model scores F1 {test_f1:.2f} on the test set; is it fitted?"


def test_every_candidate_gets_its_cross_validated_score(tuned, expected_scores):
    result = _result(tuned)
    assert set(result.cv_scores) == set(expected_scores), (
        f"{WHERE}: cv_scores must have one entry per candidate, got {sorted(result.cv_scores)}")
    for name, expected in expected_scores.items():
        assert result.cv_scores[name] == pytest.approx(expected, abs=1e-9), (
            f"{WHERE}: cv_scores[{name!r}] is {result.cv_scores[name]:.4f}, cross_val_score on the same "
            f"folds gives {expected:.4f}: fit a clone per fold on the training positions")


def test_latency_is_measured_per_single_row(tuned):
    result = _result(tuned)
    slow = result.latency_ms["lr_unpenalised_but_slow"]
    assert slow >= SLOW_SECONDS * 1000 * 0.95, (
        f"{WHERE}: one in four of the slow candidate's prediction calls stalls for {SLOW_SECONDS * 1000:.0f} ms, "
        f"but its measured latency is {slow:.1f} ms: time single-row predict calls and take their 95th "
        "percentile (single_row_latency_ms)")
    fast = result.latency_ms["lr_strong_penalty"]
    assert fast < BUDGET_MS, (
        f"{WHERE}: a logistic regression predicting one row took {fast:.1f} ms by your measurement; it "
        "takes about a millisecond. Time only predict on one row (after a warm-up call)")


def test_the_best_model_within_budget_wins(tuned, expected_scores):
    result = _result(tuned)
    fast = {name: score for name, score in expected_scores.items() if name != "lr_unpenalised_but_slow"}
    best_fast = max(fast, key=fast.get)
    assert expected_scores["lr_unpenalised_but_slow"] > fast[best_fast], (
        "the test's slow model must be the most accurate")
    assert result.best_name == best_fast, (
        f"{WHERE} chose {result.best_name!r}; the best cross-validated candidate that predicts within "
        f"{BUDGET_MS} ms is {best_fast!r}. The slow one scores higher but cannot be served: drop "
        "candidates over budget before picking the highest score")


def test_the_chosen_model_is_refit_on_all_training_rows(tuned, split):
    result = _result(tuned)
    X_train, y_train, _, _, _ = split
    expected = candidates()[result.best_name].fit(X_train, y_train)
    np.testing.assert_allclose(result.best_model.predict_proba(X_train), expected.predict_proba(X_train),
                               atol=1e-9, err_msg=f"{WHERE}: best_model must be the chosen candidate "
                                                  "refit on every training row")


def test_ties_go_to_the_first_candidate(split):
    X_train, y_train, X_test, y_test, folds = split
    twins = {"first": scaled_lr(0.03), "second": scaled_lr(0.03), "weaker": DummyClassifier()}
    result = tune_within_latency_budget(twins, X_train, y_train, Tripwire(X_test), Tripwire(y_test),
                                        folds=folds[:2], budget_ms=BUDGET_MS)
    assert result.best_name == "first", (
        f"{WHERE} chose {result.best_name!r} between two identical candidates with equal scores: ties go "
        "to the first candidate in the dict's order (max keeps the first; a loop with >= keeps the last)")


def test_no_affordable_candidate_is_an_error(split):
    X_train, y_train, X_test, y_test, folds = split
    with must_raise(ValueError, f"{WHERE} must raise ValueError when no candidate answers within the budget"):
        tune_within_latency_budget({"slow": SlowToPredict(DummyClassifier(), delay_seconds=0.01)},
                                   X_train, y_train, Tripwire(X_test), Tripwire(y_test),
                                   folds=folds[:2], budget_ms=5.0)


class HiccupEveryTenthCall(ClassifierMixin, BaseEstimator):
    """Answers in about 1 ms, but every tenth call takes 20 ms (a garbage collection, a busy core)."""

    def fit(self, X, y):
        self.inner_ = DummyClassifier().fit(X, y)
        self.classes_ = self.inner_.classes_
        self.calls_ = 0
        return self

    def predict(self, X):
        self.calls_ += 1
        time.sleep(0.02 if self.calls_ % 10 == 0 else 0.001)
        return self.inner_.predict(X)


class CostPerRow(ClassifierMixin, BaseEstimator):
    """A fixed 3 ms per call plus 0.5 ms per row: cheap per row in a batch, not for one request."""

    def fit(self, X, y):
        self.inner_ = DummyClassifier().fit(X, y)
        self.classes_ = self.inner_.classes_
        return self

    def predict(self, X):
        time.sleep(0.003 + 0.0005 * len(X))
        return self.inner_.predict(X)


def test_single_row_latency_is_a_high_percentile_in_milliseconds(split):
    X_train, y_train, _, _, _ = split
    model = HiccupEveryTenthCall().fit(X_train, y_train)
    latency = single_row_latency_ms(model, X_train, calls=20)
    assert 19 <= latency < 250, (
        f"single_row_latency_ms ({FILE}) returned {latency:.2f} for a model that answers in 1 ms but takes "
        "20 ms on every tenth call: a budget holds for the slow requests too, so return the 95th "
        "percentile of the timed calls (in milliseconds), not the median or the mean")


def test_single_row_latency_times_one_row_not_a_batch(split):
    X_train, y_train, _, _, _ = split
    model = CostPerRow().fit(X_train, y_train)
    latency = single_row_latency_ms(model, X_train[:200], calls=5)
    assert 3.4 <= latency < 60, (
        f"single_row_latency_ms ({FILE}) returned {latency:.2f} ms for a model that takes 3 ms plus 0.5 ms "
        "per row: predict one row per call (X[:1]); a batch's time divided by its rows is throughput, "
        "and the whole batch's time is not one request's wait")


class SlowFirstCall(ClassifierMixin, BaseEstimator):
    """Its first predict call takes half a second (lazy loading, cold caches); later calls are quick."""

    def fit(self, X, y):
        self.inner_ = DummyClassifier().fit(X, y)
        self.classes_ = self.inner_.classes_
        self.calls_ = 0
        return self

    def predict(self, X):
        self.calls_ += 1
        if self.calls_ == 1:
            time.sleep(0.5)
        return self.inner_.predict(X)


def test_single_row_latency_leaves_the_first_call_untimed(split):
    X_train, y_train, _, _, _ = split
    model = SlowFirstCall().fit(X_train, y_train)
    latency = single_row_latency_ms(model, X_train, calls=1)
    assert latency < 250, (
        f"single_row_latency_ms ({FILE}) returned {latency:.0f} ms with calls=1 for a model whose first "
        "call takes 500 ms and every later call about 0: predict X[:1] once untimed (a warm-up) before "
        "the timed calls, so a one-off cold start is not reported as the service's latency")


def test_a_latency_exactly_at_the_budget_is_affordable(split, monkeypatch):
    import sys

    X_train, y_train, X_test, y_test, folds = split
    module = sys.modules[tune_within_latency_budget.__module__]
    monkeypatch.setattr(module, "single_row_latency_ms", lambda model, X, calls=20: 5.0)
    result = tune_within_latency_budget({"lr": scaled_lr(0.03)}, X_train, y_train, Tripwire(X_test),
                                        Tripwire(y_test), folds=folds[:2], budget_ms=5.0)
    assert result.best_name == "lr", (
        f"{WHERE}: a candidate whose p95 latency (from single_row_latency_ms) is exactly the 5 ms budget "
        "is affordable: keep candidates with latency <= budget_ms")


class RecordsCalls(ClassifierMixin, BaseEstimator):
    """Records how many rows each predict call gets."""

    def fit(self, X, y):
        self.inner_ = DummyClassifier().fit(X, y)
        self.classes_ = self.inner_.classes_
        self.rows_per_call_ = []
        return self

    def predict(self, X):
        self.rows_per_call_.append(len(X))
        return self.inner_.predict(X)


@pytest.mark.parametrize("calls", [pytest.param(None, id="default-20-calls"), pytest.param(3, id="3-calls")])
def test_single_row_latency_makes_the_asked_calls_on_one_row(split, calls):
    X_train, y_train, _, _, _ = split
    model = RecordsCalls().fit(X_train, y_train)
    asked = 20 if calls is None else calls
    if calls is None:
        single_row_latency_ms(model, X_train)
    else:
        single_row_latency_ms(model, X_train, calls=calls)
    assert model.rows_per_call_ == [1] * (asked + 1), (
        f"single_row_latency_ms ({FILE}) made predict calls on {model.rows_per_call_} rows with calls={calls}: "
        f"make one untimed warm-up call, then exactly {asked} timed calls, each on one row (X[:1])")


class OneStall(RecordsCalls):
    """Answers at once, except its fifth call (the fourth timed one), which stalls for 0.6 s."""

    def predict(self, X):
        if len(self.rows_per_call_) == 4:
            time.sleep(0.6)
        return super().predict(X)


def test_single_row_latency_is_not_the_slowest_call(split):
    # One slow call in 40: every usual definition of the 95th percentile (nearest rank, numpy's
    # interpolation, the exclusive method) lands on the quick calls; only the maximum sees the stall.
    X_train, y_train, _, _, _ = split
    model = OneStall().fit(X_train, y_train)
    latency = single_row_latency_ms(model, X_train, calls=40)
    assert latency < 250, (
        f"single_row_latency_ms ({FILE}) returned {latency:.0f} ms for 40 timed calls of which one stalled "
        "600 ms and the rest took about 0: two calls in 40 are above the 95th percentile, so one stall "
        "does not move it. Return the 95th percentile of the timed calls, not the slowest one")


def test_the_given_candidates_stay_unfitted(split):
    from sklearn.exceptions import NotFittedError
    from sklearn.utils.validation import check_is_fitted

    X_train, y_train, X_test, y_test, folds = split
    given = {"baseline": DummyClassifier(), "lr": scaled_lr(0.03)}
    result = tune_within_latency_budget(given, X_train, y_train, Tripwire(X_test), Tripwire(y_test),
                                        folds=folds[:2], budget_ms=BUDGET_MS)
    for name, model in given.items():
        try:
            check_is_fitted(model)
        except NotFittedError:
            continue
        pytest.fail(f"{WHERE} fitted the {name} candidate it was given: fit sklearn.base.clone copies, for "
                    "each fold and for the final refit, and leave the caller's candidates untouched")
    assert result.best_model is not given[result.best_name], (
        f"{WHERE}: best_model must be a refit clone of the chosen candidate, not the caller's object")
