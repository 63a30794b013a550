"""Kata 8.4: time-aware CV by day, a baseline and four or more algorithms selected on log-MAE,
tuning, runs in MLflow, a sealed test set.

Rules (time_series_cv_log_mae):
1. n_splits folds, each trained strictly before the sales it scores (days never straddle a cut),
   each row scored at most once, the price never in X, the model cloned:
   ``test_cross_validation_always_trains_on_earlier_days``
2. each score is the mean absolute error of log prices: ``test_cross_validation_scores_log_errors``
3. any row order and index (duplicate labels too): ``test_cross_validation_ignores_row_order_and_index``

Rules (candidate_models):
4. four or more algorithms: ``test_four_or_more_algorithms``
5. reproducible: ``test_candidates_are_reproducible``

Rules (log_run, read_runs):
6. each run in MLflow under its name with its params and metrics, finished; a new id per run:
   ``test_log_run_writes_an_mlflow_run``
7. read_runs gives MLflow's search_runs layout; no experiment means no runs:
   ``test_read_runs_has_the_search_runs_layout``

Rules (run_experiments):
8. the test set is never read: ``test_model_selection_never_reads_the_test_set``
9. one row per candidate plus the median baseline, sorted by val_log_mae (not by dollars, not by
   the CV score): ``test_leaderboard_has_the_baseline_and_every_candidate``,
   ``test_leaderboard_is_sorted_on_validation_not_cross_validation``
10. the baseline predicts the training median: ``test_baseline_is_the_training_median``
11. val_mae is the dollar MAE of the same predictions: ``test_leaderboard_reports_dollars_beside``
12. the best model beats the baseline: ``test_best_model_clearly_beats_the_baseline``
13. every row logged to MLflow: ``test_every_leaderboard_row_is_logged``
14. n_splits (4 by default) reaches the cross-validation, and cv_log_mae is the mean of its fold
    scores: ``test_leaderboard_cross_validates_with_n_splits_folds``

Rules (tune_model):
15. every combination, cross-validated with n_splits folds (4 by default), the lowest mean CV
   log-MAE, the first on a tie, time-aware CV, the caller's model untouched:
   ``test_tuning_tries_every_combination_and_keeps_the_best``, ``test_tuning_keeps_the_first_of_a_tie``
16. Raises on an empty grid or a parameter without values: ``test_tuning_rejects_an_empty_grid``

The model-quality tests of this phase are in test_training_quality.py.
"""

from __future__ import annotations

import os
from typing import ClassVar

import mlflow  # imported at collection, so its multi-second import is not charged to a test's timeout
import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, RegressorMixin, is_regressor
from sklearn.compose import TransformedTargetRegressor
from sklearn.pipeline import Pipeline

from kata_framework.expect import must_raise
from kata_framework.tripwire import Tripwire
from katas.module8_capstone.training import (
    candidate_models,
    log_run,
    read_runs,
    run_experiments,
    time_series_cv_log_mae,
    tune_model,
)

WHERE = "katas/module8_capstone/training.py"
TARGET = "price_usd"


class SpyRegressor(RegressorMixin, BaseEstimator):
    """Predicts the training median times ``scale`` and records what each call saw."""

    calls: ClassVar[list[dict]] = []

    def __init__(self, scale: float = 1.0, label: str = "a"):
        self.scale = scale
        self.label = label

    def fit(self, X, y):
        self.median_ = float(np.median(np.asarray(y, dtype=float)))
        SpyRegressor.calls.append({"call": "fit", "last": X["sale_date"].max(), "rows": len(X),
                                   "has_price": TARGET in X.columns, "id": id(self)})
        return self

    def predict(self, X):
        SpyRegressor.calls.append({"call": "predict", "first": X["sale_date"].min(),
                                   "ids": X["sale_id"].tolist(), "has_price": TARGET in X.columns,
                                   "prediction": self.median_ * self.scale})
        return np.full(len(X), self.median_ * self.scale)


def _split(cards):
    n = len(cards)
    return cards.iloc[: int(n * 0.7)].copy(), cards.iloc[int(n * 0.7): int(n * 0.85)].copy(), \
        cards.iloc[int(n * 0.85):].copy()


@pytest.fixture(scope="module")
def tracking_uri(tmp_path_factory):
    """A local MLflow file store for this module's runs."""
    previous = os.environ.get("MLFLOW_ALLOW_FILE_STORE")
    os.environ["MLFLOW_ALLOW_FILE_STORE"] = "true"  # mlflow-skinny refuses file stores without it
    yield tmp_path_factory.mktemp("mlruns").as_uri()
    if previous is None:
        os.environ.pop("MLFLOW_ALLOW_FILE_STORE", None)
    else:
        os.environ["MLFLOW_ALLOW_FILE_STORE"] = previous


@pytest.fixture(scope="module")
def experiment(tracking_uri):
    """``experiment()`` runs run_experiments on a small split once for the module, at the first
    test that calls it, and hands every later call the same result. It runs inside the test, not
    in a shared setup, so an unfinished run_experiments fails each test quickly as NOT STARTED;
    an error is kept and raised again rather than paid for again."""
    from kata_framework import data

    kept: dict = {}

    def run() -> dict:
        if "error" in kept:
            error, traceback = kept["error"]
            raise error.with_traceback(traceback)
        if "result" not in kept:
            cards = data.card_sales().astype({"grade": "Int64"}).iloc[:1200]  # small: fits stay fast
            train, val, test = _split(cards)
            wire = Tripwire(test, "the test set (splits['test'])")
            try:
                board = run_experiments({"train": train, "val": val, "test": wire}, tracking_uri, n_splits=2)
            except Exception as error:
                kept["error"] = (error, error.__traceback__)
                raise
            kept["result"] = {"board": board, "wire": wire, "uri": tracking_uri, "train": train, "val": val}
        return kept["result"]

    return run


@pytest.fixture
def weekly_cards(card_sales):
    """900 sales dated to the Monday of their week (many sales a day), shuffled, odd index."""
    cards = card_sales.astype({"grade": "Int64"}).iloc[:900]
    cards = cards.assign(sale_date=cards["sale_date"].dt.to_period("W").dt.start_time)
    return cards.sample(frac=1, random_state=4).set_axis(range(5000, 5900))


def _fits_and_predicts():
    fits = [c for c in SpyRegressor.calls if c["call"] == "fit"]
    predicts = [c for c in SpyRegressor.calls if c["call"] == "predict"]
    return fits, predicts


def test_cross_validation_always_trains_on_earlier_days(weekly_cards):
    SpyRegressor.calls.clear()
    spy = SpyRegressor()
    scores = time_series_cv_log_mae(spy, weekly_cards)  # n_splits defaults to 4
    assert len(scores) == 4, (
        f"time_series_cv_log_mae ({WHERE}) must return one score per fold (4 by default), got {len(scores)}")
    fits, predicts = _fits_and_predicts()
    assert len(fits) == len(predicts) == 4, f"time_series_cv_log_mae ({WHERE}): fit and score once per fold"
    assert not hasattr(spy, "median_") and id(spy) not in {f["id"] for f in fits}, (
        f"time_series_cv_log_mae ({WHERE}) fitted the model it was given; clone it for every fold")
    for fold, (fit, predict) in enumerate(zip(fits, predicts), start=1):
        assert fit["last"] < predict["first"], (
            f"time_series_cv_log_mae ({WHERE}): fold {fold} trained on sales up to "
            f"{fit['last']:%Y-%m-%d} and scored sales from {predict['first']:%Y-%m-%d}. Split the "
            "sorted distinct days, not row positions, so that one day's sales are never on both sides")
        assert not fit["has_price"] and not predict["has_price"], (
            f"time_series_cv_log_mae ({WHERE}): drop price_usd from X: the model must not see the answer")
    scored = [i for p in predicts for i in p["ids"]]
    assert len(scored) == len(set(scored)), f"time_series_cv_log_mae ({WHERE}): a row was scored twice"


def test_cross_validation_scores_log_errors(weekly_cards):
    SpyRegressor.calls.clear()
    scores = time_series_cv_log_mae(SpyRegressor(scale=1.5), weekly_cards, n_splits=3)
    _, predicts = _fits_and_predicts()
    prices = weekly_cards.set_index("sale_id")[TARGET]
    for score, predict in zip(scores, predicts):
        actual = prices.loc[predict["ids"]].to_numpy()
        expected = float(np.mean(np.abs(np.log(predict["prediction"]) - np.log(actual))))
        assert score == pytest.approx(expected, rel=1e-6), (
            f"time_series_cv_log_mae ({WHERE}): a fold's score {score:.4f} is not the mean absolute "
            f"error of log prices of its predictions ({expected:.4f})")


def test_cross_validation_ignores_row_order_and_index(weekly_cards):
    ordered = weekly_cards.sort_values(["sale_date", "sale_id"]).reset_index(drop=True)
    first = time_series_cv_log_mae(SpyRegressor(), weekly_cards, n_splits=3)
    second = time_series_cv_log_mae(SpyRegressor(), ordered, n_splits=3)
    np.testing.assert_allclose(first, second, rtol=1e-9, err_msg=(
        f"time_series_cv_log_mae ({WHERE}): the same sales in another row order, with another index, "
        "give other scores; sort by date and select rows by position or mask, not by index label"))
    # Two rows per index label (a concatenation of two exports has such an index).
    doubled = weekly_cards.set_axis(np.arange(len(weekly_cards)) // 2)
    third = time_series_cv_log_mae(SpyRegressor(), doubled, n_splits=3)
    np.testing.assert_allclose(third, first, rtol=1e-9, err_msg=(
        f"time_series_cv_log_mae ({WHERE}): the same sales with two rows per index label give other "
        "scores; select a fold's rows by a boolean mask or by position, never by index label"))


def _algorithms(model) -> set[str]:
    wrappers = (Pipeline, TransformedTargetRegressor)
    parts = [model, *(v for v in model.get_params(deep=True).values() if isinstance(v, BaseEstimator))]
    return {type(p).__name__ for p in parts if is_regressor(p) and not isinstance(p, wrappers)}


def test_four_or_more_algorithms():
    models = candidate_models()
    algorithms = set().union(*(_algorithms(m) for m in models.values()))
    assert len(models) >= 4 and len(algorithms) >= 4, (
        f"candidate_models ({WHERE}) must hold at least four different regression algorithms, "
        f"found {sorted(algorithms)}")


def test_candidates_are_reproducible(card_sales):
    cards = card_sales.astype({"grade": "Int64"}).iloc[:300]
    X, y = cards.drop(columns=TARGET).iloc[:200], cards[TARGET].iloc[:200]
    for name in candidate_models():
        first = candidate_models()[name].fit(X, y).predict(X.iloc[:20])
        second = candidate_models()[name].fit(X, y).predict(X.iloc[:20])
        np.testing.assert_allclose(first, second, rtol=1e-9, err_msg=(
            f"candidate_models ({WHERE}): {name!r} gives different predictions when refit on the "
            "same rows; set random_state so a rerun gives the same leaderboard"))


def _mlflow_runs(uri: str, experiment: str = "card-prices") -> list:
    client = mlflow.MlflowClient(uri)
    found = client.get_experiment_by_name(experiment)
    return client.search_runs([found.experiment_id]) if found else []


def test_log_run_writes_an_mlflow_run(tmp_path, tracking_uri):
    uri = (tmp_path / "mlruns").as_uri()
    first = log_run(uri, "ridge", {"alpha": np.float64(0.5), "solver": "auto"},
                    {"val_log_mae": np.float32(0.31), "cv_log_mae": 0.33})
    second = log_run(uri, "knn", {"k": 10}, {"val_log_mae": 0.42})
    assert first != second, f"log_run ({WHERE}) must return a new run id for every run"
    runs = {run.info.run_id: run for run in _mlflow_runs(uri)}
    assert set(runs) == {first, second}, (
        f"log_run ({WHERE}): MLflow's store at the tracking URI holds the runs {sorted(runs)}, expected "
        f"the two returned ids in the experiment 'card-prices' (mlflow.set_experiment, mlflow.start_run)")
    ridge = runs[first]
    assert ridge.info.run_name == "ridge", f"log_run ({WHERE}): name the run (start_run(run_name=...))"
    assert {run.info.status for run in runs.values()} == {"FINISHED"}, (
        f"log_run ({WHERE}) left runs with the status {sorted({r.info.status for r in runs.values()})}; "
        "return a finished run: end it (with mlflow.start_run(...) as run:, or set_terminated)")
    assert ridge.data.params == {"alpha": "0.5", "solver": "auto"}, (
        f"log_run ({WHERE}) logged the params {ridge.data.params}; log every parameter (mlflow.log_params)")
    assert ridge.data.metrics == pytest.approx({"val_log_mae": 0.31, "cv_log_mae": 0.33}, rel=1e-6), (
        f"log_run ({WHERE}) logged the metrics {ridge.data.metrics}; log every metric (mlflow.log_metrics)")


def test_read_runs_has_the_search_runs_layout(tmp_path, tracking_uri):
    uri = (tmp_path / "mlruns").as_uri()
    assert read_runs(uri).empty, f"read_runs ({WHERE}): a store without the experiment has no runs"
    first = log_run(uri, "ridge", {"alpha": 0.5}, {"val_log_mae": 0.31})
    second = log_run(uri, "knn", {"k": 10}, {"val_log_mae": 0.42})
    runs = read_runs(uri).set_index("run_id")
    assert set(runs.index) == {first, second}, f"read_runs ({WHERE}) found the runs {list(runs.index)}"
    assert runs.loc[first, "name"] == "ridge" and runs.loc[second, "name"] == "knn", (
        f"read_runs ({WHERE}): the column 'name' holds each run's name")
    assert str(runs.loc[first, "params.alpha"]) == "0.5" and runs.loc[first, "metrics.val_log_mae"] == \
        pytest.approx(0.31), f"read_runs ({WHERE}): columns params.<key> and metrics.<key>, as search_runs"
    assert pd.isna(runs.loc[second, "params.alpha"]), (
        f"read_runs ({WHERE}): a run without a parameter has a missing value in its column")


def test_model_selection_never_reads_the_test_set(experiment):
    wire = experiment()["wire"]
    assert wire.reads == [], (
        f"run_experiments ({WHERE}) read the test set ({wire.reads}): select models "
        "on train and validation only")


def test_leaderboard_has_the_baseline_and_every_candidate(experiment):
    board = experiment()["board"]
    assert {"model", "cv_log_mae", "val_log_mae", "val_mae"} <= set(board.columns), (
        f"run_experiments ({WHERE}): the leaderboard needs the columns model, cv_log_mae, val_log_mae, val_mae")
    expected = {"median_baseline", *candidate_models()}
    assert set(board["model"]) == expected and len(board) == len(expected), (
        f"run_experiments ({WHERE}): one row per candidate plus 'median_baseline', got {list(board['model'])}")
    assert board["val_log_mae"].is_monotonic_increasing, (
        f"run_experiments ({WHERE}): sort by val_log_mae, the selection metric (not by dollars)")
    assert np.isfinite(board[["cv_log_mae", "val_log_mae", "val_mae"]].to_numpy(dtype=float)).all()


def test_baseline_is_the_training_median(experiment):
    run = experiment()
    board, train, val = run["board"], run["train"], run["val"]
    row = board.set_index("model").loc["median_baseline"]
    median = train[TARGET].median()
    expected = float(np.mean(np.abs(np.log(median) - np.log(val[TARGET]))))
    assert row["val_log_mae"] == pytest.approx(expected, rel=1e-6), (
        f"run_experiments ({WHERE}): the baseline's val_log_mae must be that of predicting the "
        f"training median ({expected:.4f}), got {row['val_log_mae']:.4f}")


def test_leaderboard_reports_dollars_beside(experiment):
    run = experiment()
    board, train, val = run["board"], run["train"], run["val"]
    row = board.set_index("model").loc["median_baseline"]
    expected = float(np.mean(np.abs(val[TARGET] - train[TARGET].median())))
    assert row["val_mae"] == pytest.approx(expected, rel=1e-6), (
        f"run_experiments ({WHERE}): val_mae is the dollar MAE on validation ({expected:.2f} for the "
        f"baseline), got {row['val_mae']:.2f}")


def test_best_model_clearly_beats_the_baseline(experiment):
    board = experiment()["board"].set_index("model")
    best, baseline = board["val_log_mae"].min(), board.loc["median_baseline", "val_log_mae"]
    assert best <= 0.6 * baseline, (
        f"run_experiments ({WHERE}): the best validation log-MAE {best:.3f} is not 40% below the "
        f"median baseline's {baseline:.3f}")


def test_every_leaderboard_row_is_logged(experiment):
    result = experiment()
    runs = _mlflow_runs(result["uri"])
    board = result["board"].set_index("model")
    logged = {run.info.run_name: run.data.metrics for run in runs}
    missing = sorted(set(board.index) - set(logged))
    assert not missing, f"run_experiments ({WHERE}): no MLflow run logged with log_run for {missing}"
    for name, row in board.iterrows():
        assert logged[name].get("val_log_mae") == pytest.approx(row["val_log_mae"], rel=1e-6), (
            f"run_experiments ({WHERE}): the run of {name!r} logged val_log_mae "
            f"{logged[name].get('val_log_mae')}, the leaderboard says {row['val_log_mae']}")


def test_tuning_tries_every_combination_and_keeps_the_best(weekly_cards):
    SpyRegressor.calls.clear()
    grid = {"scale": [0.5, 1.0, 2.0], "label": ["a", "b"]}
    given = SpyRegressor(scale=3.0, label="given")
    result = tune_model(given, grid, weekly_cards)  # n_splits defaults to 4
    assert given.get_params() == {"scale": 3.0, "label": "given"} and not hasattr(given, "median_"), (
        f"tune_model ({WHERE}) changed the model it was given ({given.get_params()}); try each "
        "combination on clone(model).set_params(**params), never on the caller's object")
    assert len(result["results"]) == 6, f"tune_model ({WHERE}) must try all 3 x 2 combinations"
    assert len(_fits_and_predicts()[0]) == 6 * 4, (
        f"tune_model ({WHERE}): each of the 6 combinations is cross-validated with n_splits folds "
        f"(4 by default): expected 24 fits, got {len(_fits_and_predicts()[0])}")
    assert result["best_params"]["scale"] == 1.0, (
        f"tune_model ({WHERE}) picked {result['best_params']}; the lowest CV log-MAE is at scale 1 "
        "(the median price)")
    assert result["best_cv_log_mae"] == pytest.approx(min(r["cv_log_mae"] for r in result["results"]))
    fits, predicts = _fits_and_predicts()
    for fit, predict in zip(fits, predicts):
        assert fit["last"] < predict["first"], f"tune_model ({WHERE}): tune with the time-aware CV by day"


def test_tuning_keeps_the_first_of_a_tie(weekly_cards):
    SpyRegressor.calls.clear()
    result = tune_model(SpyRegressor(), {"label": ["first", "second", "third"]}, weekly_cards, n_splits=2)
    assert len(_fits_and_predicts()[0]) == 3 * 2, (
        f"tune_model ({WHERE}): pass n_splits on to the cross-validation: 3 combinations x 2 folds "
        f"are 6 fits, got {len(_fits_and_predicts()[0])}")
    assert result["best_params"] == {"label": "first"}, (
        f"tune_model ({WHERE}): three combinations with the same score; keep the first one tried, "
        f"got {result['best_params']}")


def test_leaderboard_cross_validates_with_n_splits_folds(weekly_cards, tracking_uri, monkeypatch):
    # One spy candidate: its fits are the n_splits folds plus the fit on all of train.
    monkeypatch.setitem(run_experiments.__globals__, "candidate_models", lambda: {"spy": SpyRegressor()})
    cards = weekly_cards.sort_values("sale_date")
    train, val, test = _split(cards)
    for n_splits, expected in ((3, 3), (None, 4)):
        SpyRegressor.calls.clear()
        splits = {"train": train, "val": val, "test": Tripwire(test, "the test set (splits['test'])")}
        if n_splits is None:
            board = run_experiments(splits, tracking_uri)
        else:
            board = run_experiments(splits, tracking_uri, n_splits=n_splits)
        fits = len(_fits_and_predicts()[0])
        assert fits == expected + 1, (
            f"run_experiments ({WHERE}) with n_splits={n_splits or 'its default, 4'}: expected "
            f"{expected} cross-validation fits and one on all of train, got {fits} fits; pass "
            "n_splits on to time_series_cv_log_mae")
        scores = time_series_cv_log_mae(SpyRegressor(), train, n_splits=expected)
        got = board.set_index("model").loc["spy", "cv_log_mae"]
        assert got == pytest.approx(float(np.mean(scores)), rel=1e-9), (
            f"run_experiments ({WHERE}): cv_log_mae is the mean of the {expected} fold scores "
            f"{np.round(scores, 4).tolist()} ({np.mean(scores):.4f}), got {got:.4f}")


def test_leaderboard_is_sorted_on_validation_not_cross_validation(weekly_cards, tracking_uri, monkeypatch):
    # Constant prices that double from train to validation: quoting the training median wins the
    # cross-validation (error 0) and loses validation; quoting twice the median does the opposite.
    monkeypatch.setitem(run_experiments.__globals__, "candidate_models",
                        lambda: {"at_median": SpyRegressor(scale=1.0), "doubled": SpyRegressor(scale=2.0)})
    train, val, test = _split(weekly_cards.sort_values("sale_date"))
    splits = {"train": train.assign(price_usd=10.0), "val": val.assign(price_usd=20.0),
              "test": Tripwire(test, "the test set (splits['test'])")}
    board = run_experiments(splits, tracking_uri, n_splits=2)
    assert board["model"].iloc[0] == "doubled" and board["val_log_mae"].is_monotonic_increasing, (
        f"run_experiments ({WHERE}): the leaderboard is sorted by val_log_mae, the selection metric; "
        f"got the order {board['model'].tolist()} (val_log_mae {board['val_log_mae'].round(3).tolist()}, "
        f"cv_log_mae {board['cv_log_mae'].round(3).tolist()}): sort on validation, not on the CV score")


@pytest.mark.parametrize("grid", [{}, {"scale": []}], ids=["empty-grid", "parameter-without-values"])
def test_tuning_rejects_an_empty_grid(weekly_cards, grid):
    with must_raise(ValueError, f"tune_model ({WHERE}) must refuse the grid {grid}: nothing to try"):
        tune_model(SpyRegressor(), grid, weekly_cards)
