"""Kata 3.3: a leaderboard of four or more model families with spread, fit time, throughput and latency.

Rules (each enforced by the test named):
1. At least four candidates: a baseline that ignores the features, a scaled logistic regression, a
   scikit-learn tree ensemble, XGBoost: test_candidates_cover_four_families,
   test_candidates_include_a_baseline_that_ignores_the_features.
2. Seeded and small: test_leaderboard_scores_match_scikit_learn_on_the_same_folds,
   test_candidates_are_small_enough_to_compare_in_seconds.
3. One row per model, exactly LEADERBOARD_COLUMNS: test_leaderboard_has_every_candidate_and_the_columns.
4. mean, std (ddof=0) and fold_scores (in fold order) equal scikit-learn's on the same folds:
   test_leaderboard_scores_match_scikit_learn_on_the_same_folds.
5. Sorted by mean, best first, index 0..n-1: test_leaderboard_is_sorted_best_first.
6. Any classifier, also one with decision_function only (scaled LinearSVC):
   test_a_model_without_predict_proba_is_scored.
7. fit_seconds per fold; batch_ms_per_row is the fold's scoring time per row (throughput);
   p95_latency_ms is one request at a time: test_fit_time_throughput_and_single_row_latency_are_measured;
   fit_seconds is the mean over the folds, not their sum: test_fit_seconds_is_the_mean_of_one_folds_fit.
8. Rows are selected by position (a shuffled, non-default index): test_rows_are_selected_by_position.
9. A fresh clone per fold, the given models stay unfitted: test_the_given_models_stay_unfitted.
10. p95_latency_ms is a high percentile, not the median: test_latency_is_a_high_percentile_not_the_median;
    after one untimed warm-up call: test_the_warm_up_call_is_not_timed; on the model of the first
    fold: test_latency_is_timed_on_the_model_of_the_first_fold.
11. The logistic regression has a StandardScaler in front of it: test_the_logistic_regression_is_scaled.
12. seed reaches every random_state (a model whose strategy draws nothing may keep its own), one
    thread per model (n_jobs=1): test_candidates_take_the_seed_and_one_thread.
13. fold_scores is a tuple: test_fold_scores_are_a_tuple.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC
from sklearn.tree import DecisionTreeClassifier
from xgboost import XGBClassifier

from katas.module3_training.leaderboard import LATENCY_CALLS, LEADERBOARD_COLUMNS, candidate_models, leaderboard

FILE = "katas/module3_training/leaderboard.py"
COLUMNS = ["model", "mean", "std", "fold_scores", "fit_seconds", "batch_ms_per_row", "p95_latency_ms"]


def stratified_folds(y, n_splits=3):
    return list(StratifiedKFold(n_splits, shuffle=True, random_state=0).split(np.zeros(len(y)), y))


@pytest.fixture(scope="module")
def task(shared_legendary_task):
    X, y = shared_legendary_task
    return X, y, stratified_folds(y)


@pytest.fixture(scope="module")
def candidate_board(task):
    X, y, folds = task
    start = time.perf_counter()
    board = leaderboard(candidate_models(0), X.copy(), y.copy(), folds)
    return board, time.perf_counter() - start


def scores_of(model, X):
    """What a scorer would use: probabilities, else decision values, else labels."""
    for method in ("predict_proba", "decision_function", "predict"):
        if hasattr(model, method):
            return np.asarray(getattr(model, method)(X), dtype=float)
    raise AssertionError(f"{type(model).__name__} has no prediction method")


def steps(model):
    return [step for _, step in model.steps] if isinstance(model, Pipeline) else [model]


def test_candidates_cover_four_families():
    models = candidate_models(0)
    assert len(models) >= 4, f"candidate_models ({FILE}) returned {len(models)} models; compare at least four"
    parts = [step for model in models.values() for step in steps(model)]
    assert any(isinstance(p, LogisticRegression) for p in parts), (
        f"candidate_models ({FILE}) needs a LogisticRegression (scaled, in a pipeline)")
    assert any(isinstance(p, XGBClassifier) for p in parts), f"candidate_models ({FILE}) needs an XGBClassifier"
    assert any(type(p).__module__.startswith("sklearn.ensemble") for p in parts), (
        f"candidate_models ({FILE}) needs a scikit-learn tree ensemble, e.g. RandomForestClassifier")


def test_the_logistic_regression_is_scaled():
    for name, model in candidate_models(0).items():
        parts = steps(model)
        where = [i for i, p in enumerate(parts) if isinstance(p, LogisticRegression)]
        if where:
            assert any(isinstance(p, StandardScaler) for p in parts[:where[0]]), (
                f"candidate_models ({FILE}): {name} is a logistic regression on unscaled features; put a "
                "StandardScaler in front of it (make_pipeline(StandardScaler(), LogisticRegression(...))), "
                "or its penalty weighs the stats by their units")


def _draws_nothing(part) -> bool:
    """A DummyClassifier whose strategy is not random has no use for a seed."""
    return isinstance(part, DummyClassifier) and part.strategy not in ("stratified", "uniform")


def test_candidates_take_the_seed_and_one_thread():
    for name, model in candidate_models(7).items():
        for part in steps(model):
            params = part.get_params(deep=False)
            if "random_state" in params and not _draws_nothing(part):
                assert params["random_state"] == 7, (
                    f"candidate_models ({FILE}): {name}'s {type(part).__name__} has random_state="
                    f"{params['random_state']!r} for seed=7; pass seed to every random_state, so the same "
                    "seed gives the same scores")
            if "n_jobs" in params:
                allowed = (1,) if isinstance(part, XGBClassifier) else (1, None)
                assert params["n_jobs"] in allowed, (
                    f"candidate_models ({FILE}): {name}'s {type(part).__name__} has n_jobs={params['n_jobs']!r}; "
                    "use n_jobs=1 so the comparison's timings are not bent by threads fighting for the cores")


def test_candidates_include_a_baseline_that_ignores_the_features(task):
    X, y, _ = task
    scrambled = X.sample(frac=1.0, random_state=1).reset_index(drop=True)
    ignores_features = [name for name, model in candidate_models(0).items()
                        if np.allclose(scores_of(model.fit(X, y), X), scores_of(model, scrambled))]
    assert ignores_features, (
        f"candidate_models ({FILE}) has no baseline: add a model whose predictions ignore the features "
        "(DummyClassifier), so every score has something to beat")


def test_leaderboard_has_every_candidate_and_the_columns(candidate_board):
    board, _ = candidate_board
    assert list(LEADERBOARD_COLUMNS) == COLUMNS, f"LEADERBOARD_COLUMNS ({FILE}) must stay {COLUMNS}"
    assert list(board.columns) == COLUMNS, f"leaderboard ({FILE}) must have exactly the columns {COLUMNS}"
    assert sorted(board["model"]) == sorted(candidate_models(0)), (
        f"leaderboard ({FILE}) must have one row per model, named by its key")


def test_leaderboard_scores_match_scikit_learn_on_the_same_folds(task, candidate_board):
    X, y, folds = task
    board, _ = candidate_board
    for name, model in candidate_models(0).items():
        scores = cross_val_score(model, X, y, cv=folds, scoring="average_precision")
        row = board.set_index("model").loc[name]
        assert row["mean"] == pytest.approx(scores.mean(), abs=1e-9) and row["std"] == pytest.approx(
            scores.std(), abs=1e-9), (
            f"leaderboard ({FILE}) reports {name} at {row['mean']:.4f} ± {row['std']:.4f}; cross_val_score "
            f"on the same folds gives {scores.mean():.4f} ± {scores.std():.4f}. Clone per fold, use "
            "get_scorer(scoring), numpy's std; and seed every model so reruns agree")
        fold_scores = np.asarray(row["fold_scores"], dtype=float)
        assert fold_scores.shape == scores.shape and np.allclose(fold_scores, scores, atol=1e-9), (
            f"leaderboard ({FILE}): fold_scores of {name} must be the {len(folds)} per-fold scores in fold "
            f"order, {np.round(scores, 4).tolist()}; got {row['fold_scores']!r}")


def test_fold_scores_are_a_tuple(candidate_board):
    board, _ = candidate_board
    kinds = {type(value).__name__ for value in board["fold_scores"]}
    assert kinds == {"tuple"}, (
        f"leaderboard ({FILE}): fold_scores must be a tuple of the per-fold scores (hashable, fixed), "
        f"got {sorted(kinds)}")


def test_a_model_without_predict_proba_is_scored(task):
    X, y, folds = task
    svm = make_pipeline(StandardScaler(), LinearSVC(C=0.1))
    board = leaderboard({"linear_svm": svm, "baseline": DummyClassifier()}, X, y, folds)
    expected = cross_val_score(svm, X, y, cv=folds, scoring="average_precision").mean()
    got = board.set_index("model").loc["linear_svm", "mean"]
    assert got == pytest.approx(expected, abs=1e-9), (
        f"leaderboard ({FILE}) scored a scaled LinearSVC at {got}, expected {expected:.4f}: it has "
        "decision_function but no predict_proba; let get_scorer(scoring) choose the method")


def test_rows_are_selected_by_position(task):
    X, y, folds = task
    order = np.random.default_rng(4).permutation(len(X))
    shuffled_X = X.iloc[order].set_axis(pd.Index(order[::-1].copy()), axis=0)  # labels unrelated to positions
    shuffled_y = pd.Series(y[order], index=shuffled_X.index)
    model = DecisionTreeClassifier(max_depth=3, random_state=0)
    board = leaderboard({"tree": model}, shuffled_X, shuffled_y, folds)
    expected = cross_val_score(model, shuffled_X.reset_index(drop=True), y[order], cv=folds,
                               scoring="average_precision")
    assert np.allclose(np.asarray(board.loc[0, "fold_scores"], dtype=float), expected, atol=1e-9), (
        f"leaderboard ({FILE}) gave other scores on a frame whose index is shuffled: fold positions "
        "are positions, so select rows with X.iloc[...] and y by position (np.asarray(y)), not X.loc")


def test_leaderboard_is_sorted_best_first(candidate_board):
    board, _ = candidate_board
    assert board["mean"].is_monotonic_decreasing and list(board.index) == list(range(len(board))), (
        f"leaderboard ({FILE}) must be sorted by mean score, best first, with index 0..n-1; got\n{board}")


def test_real_models_beat_the_baseline_by_a_wide_margin(candidate_board):
    board, _ = candidate_board
    worst = board.iloc[-1]
    assert worst["mean"] < 0.15 and board.iloc[0]["mean"] > 0.3, (
        f"leaderboard ({FILE}): on is_legendary the baseline's average precision is about 0.08 and the "
        f"real models' well above 0.3; got\n{board}")


def test_candidates_are_small_enough_to_compare_in_seconds(candidate_board):
    _, seconds = candidate_board
    assert seconds < 20, (
        f"leaderboard of candidate_models ({FILE}) took {seconds:.1f} s for 3 folds of 800 rows: keep "
        "the ensembles small (a few dozen trees, n_jobs=1) so experiments stay quick")


class Sleepy(ClassifierMixin, BaseEstimator):
    """A baseline whose fit and every prediction call take a known time, to check the timing columns."""

    def __init__(self, fit_seconds=0.03, predict_seconds=0.005):
        self.fit_seconds = fit_seconds
        self.predict_seconds = predict_seconds

    def fit(self, X, y):
        time.sleep(self.fit_seconds)
        self.inner_ = DummyClassifier().fit(X, y)
        self.classes_ = self.inner_.classes_
        return self

    def predict(self, X):
        time.sleep(self.predict_seconds)
        return self.inner_.predict(X)

    def predict_proba(self, X):
        time.sleep(self.predict_seconds)
        return self.inner_.predict_proba(X)


def test_fit_time_throughput_and_single_row_latency_are_measured(task):
    X, y, _ = task
    folds = stratified_folds(y, n_splits=4)  # 200 validation rows per fold
    board = leaderboard({"sleepy": Sleepy(), "tree": DecisionTreeClassifier(random_state=0)}, X, y, folds)
    sleepy = board.set_index("model").loc["sleepy"]
    assert 0.028 <= sleepy["fit_seconds"] < 0.15, (
        f"leaderboard ({FILE}) reports fit_seconds={sleepy['fit_seconds']:.3f} for a model whose fit "
        "takes 0.03 s: time each fold's fit and report the mean per fold")
    expected_batch = 0.005 * 1000 / 200
    assert 0.9 * expected_batch <= sleepy["batch_ms_per_row"] < 20 * expected_batch, (
        f"leaderboard ({FILE}) reports batch_ms_per_row={sleepy['batch_ms_per_row']:.4f} for a model that "
        f"takes 5 ms to score a 200-row fold, i.e. {expected_batch} ms per row: divide the fold's scoring "
        "time by its rows and report milliseconds")
    assert 4.75 <= sleepy["p95_latency_ms"] < 200, (
        f"leaderboard ({FILE}) reports p95_latency_ms={sleepy['p95_latency_ms']:.3f} for a model that takes "
        "at least 5 ms per predict call: time single-row predict calls one by one and take the 95th "
        "percentile in milliseconds (a batch's time per row is throughput, not a request's wait)")


def test_the_given_models_stay_unfitted(task):
    from sklearn.exceptions import NotFittedError
    from sklearn.utils.validation import check_is_fitted

    X, y, folds = task
    models = {"baseline": DummyClassifier(), "tree": DecisionTreeClassifier(max_depth=2, random_state=0)}
    leaderboard(models, X, y, folds)
    for name, model in models.items():
        try:
            check_is_fitted(model)
        except NotFittedError:
            continue
        pytest.fail(f"leaderboard ({FILE}) fitted the {name} model it was given: fit a fresh "
                        "sklearn.base.clone per fold and leave the caller's models untouched")


def test_fit_seconds_is_the_mean_of_one_folds_fit(task):
    X, y, _ = task
    folds = stratified_folds(y, n_splits=8)
    board = leaderboard({"sleepy": Sleepy(fit_seconds=0.02, predict_seconds=0.0)}, X, y, folds)
    fit_seconds = board.loc[0, "fit_seconds"]
    assert 0.019 <= fit_seconds < 0.1, (
        f"leaderboard ({FILE}) reports fit_seconds={fit_seconds:.3f} for a model whose fit takes 0.02 s, over "
        "8 folds: report the mean seconds of one fold's fit (the 8 fits together take 0.16 s)")


class HiccupEveryTenthPredict(Sleepy):
    """Answers in about 1 ms, but every tenth predict call takes 30 ms (a garbage collection, a busy core)."""

    def fit(self, X, y):
        self.calls_ = 0
        return super().fit(X, y)

    def predict(self, X):
        self.calls_ += 1
        time.sleep(0.03 if self.calls_ % 10 == 0 else 0.001)
        return self.inner_.predict(X)


def test_latency_is_a_high_percentile_not_the_median(task):
    X, y, folds = task
    board = leaderboard({"hiccup": HiccupEveryTenthPredict(fit_seconds=0.0, predict_seconds=0.0)},
                        X, y, folds)
    latency = board.loc[0, "p95_latency_ms"]
    assert 28 <= latency < 500, (
        f"leaderboard ({FILE}) reports p95_latency_ms={latency:.2f} for a model that answers in 1 ms but "
        "takes 30 ms on every tenth request: 3 of the 30 timed calls are slow, so the 95th percentile "
        "is about 30 ms; the median hides them")


class ColdStart(Sleepy):
    """Fills its caches over its first two predict calls (150 ms each), then answers in 1 ms."""

    def fit(self, X, y):
        self.predict_calls_ = 0
        return super().fit(X, y)

    def predict(self, X):
        self.predict_calls_ += 1
        time.sleep(0.15 if self.predict_calls_ <= 2 else 0.001)
        return self.inner_.predict(X)


def test_the_warm_up_call_is_not_timed(task):
    X, y, folds = task
    board = leaderboard({"cold": ColdStart(fit_seconds=0.0, predict_seconds=0.0)}, X, y, folds)
    latency = board.loc[0, "p95_latency_ms"]
    assert latency < 50, (
        f"leaderboard ({FILE}) reports p95_latency_ms={latency:.1f} for a model whose first two predict calls "
        "take 150 ms and every later one 1 ms: call predict once untimed (the warm-up), then time "
        f"LATENCY_CALLS calls; one slow call among {LATENCY_CALLS} does not move the 95th percentile, two do")


class CostGrowsWithTrainingRows(Sleepy):
    """Like nearest neighbours: every prediction call takes 0.1 ms per training row."""

    def fit(self, X, y):
        self.training_rows_ = len(X)
        return super().fit(X, y)

    def predict(self, X):
        time.sleep(self.training_rows_ * 1e-4)
        return self.inner_.predict(X)

    def predict_proba(self, X):
        time.sleep(self.training_rows_ * 1e-4)
        return self.inner_.predict_proba(X)


def test_latency_is_timed_on_the_model_of_the_first_fold(task):
    X, y, _ = task
    order = np.random.default_rng(0).permutation(len(X))
    folds = [(order[:100], order[100:]), (order[100:], order[:100])]  # trained on 100 rows, then on 700
    board = leaderboard({"neighbours": CostGrowsWithTrainingRows(fit_seconds=0.0)}, X, y, folds)
    latency = board.loc[0, "p95_latency_ms"]
    assert 9.5 <= latency < 40, (
        f"leaderboard ({FILE}) reports p95_latency_ms={latency:.1f} for a model whose predict takes 0.1 ms per "
        "training row, over a first fold of 100 training rows (10 ms) and a second of 700 (70 ms): time "
        "single-row requests on the model fitted on the first fold, as the spec says")
