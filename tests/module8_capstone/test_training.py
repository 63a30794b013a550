"""Kata 8.4: time-aware CV, a baseline and four or more algorithms, tuning, a run log, a sealed test set."""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, RegressorMixin, is_regressor
from sklearn.compose import TransformedTargetRegressor
from sklearn.pipeline import Pipeline

from kata_framework.tripwire import Tripwire
from katas.module8_capstone.training import (
    candidate_models,
    log_run,
    read_runs,
    run_experiments,
    time_series_cv_mae,
    tune_model,
)

WHERE = "katas/module8_capstone/training.py"
TARGET = "price_usd"


class SpyRegressor(RegressorMixin, BaseEstimator):
    """Predicts the training median plus ``shift`` and records what each call saw."""

    calls: ClassVar[list[dict]] = []

    def __init__(self, shift: float = 0.0, label: str = "a"):
        self.shift = shift
        self.label = label

    def fit(self, X, y):
        self.median_ = float(np.median(np.asarray(y, dtype=float)))
        SpyRegressor.calls.append({"call": "fit", "last": X["sale_date"].max(), "rows": len(X),
                                   "has_price": TARGET in X.columns})
        return self

    def predict(self, X):
        SpyRegressor.calls.append({"call": "predict", "first": X["sale_date"].min(),
                                   "ids": X["sale_id"].tolist(), "has_price": TARGET in X.columns,
                                   "prediction": self.median_ + self.shift})
        return np.full(len(X), self.median_ + self.shift)


def _split(cards):
    n = len(cards)
    return cards.iloc[: int(n * 0.7)].copy(), cards.iloc[int(n * 0.7): int(n * 0.85)].copy(), \
        cards.iloc[int(n * 0.85):].copy()


@pytest.fixture(scope="module")
def experiment(tmp_path_factory):
    from kata_framework import data

    cards = data.card_sales().astype({"grade": "Int64"}).iloc[:2000]  # small: fits stay fast
    train, val, test = _split(cards)
    wire = Tripwire(test, "the test set (splits['test'])")
    tracking_dir = tmp_path_factory.mktemp("runs")
    board = run_experiments({"train": train, "val": val, "test": wire}, tracking_dir, n_splits=3)
    return {"board": board, "wire": wire, "tracking_dir": tracking_dir, "train": train, "val": val}


@pytest.fixture
def small_cards(card_sales):
    return card_sales.astype({"grade": "Int64"}).iloc[:900].sample(frac=1, random_state=4)


def test_cross_validation_always_trains_on_the_past(small_cards):
    SpyRegressor.calls.clear()
    scores = time_series_cv_mae(SpyRegressor(), small_cards, n_splits=4)
    assert len(scores) == 4, f"time_series_cv_mae ({WHERE}) must return one MAE per fold, got {len(scores)}"
    fits = [c for c in SpyRegressor.calls if c["call"] == "fit"]
    predicts = [c for c in SpyRegressor.calls if c["call"] == "predict"]
    assert len(fits) == len(predicts) == 4, f"time_series_cv_mae ({WHERE}): fit and score once per fold"
    for fold, (fit, predict) in enumerate(zip(fits, predicts), start=1):
        assert fit["last"] <= predict["first"], (
            f"time_series_cv_mae ({WHERE}): fold {fold} trained on sales up to "
            f"{fit['last']:%Y-%m-%d} and scored sales from {predict['first']:%Y-%m-%d}: it "
            "learned from the future. Sort by sale_date and use expanding windows (TimeSeriesSplit)")
        assert not fit["has_price"] and not predict["has_price"], (
            f"time_series_cv_mae ({WHERE}): drop price_usd from X: the model must not see the answer")
    scored = [i for p in predicts for i in p["ids"]]
    assert len(scored) == len(set(scored)), f"time_series_cv_mae ({WHERE}): a row was scored twice"
    prices = small_cards.set_index("sale_id")[TARGET]
    for score, predict in zip(scores, predicts):
        expected = float(np.mean(np.abs(prices.loc[predict["ids"]] - predict["prediction"])))
        assert score == pytest.approx(expected, rel=1e-6), (
            f"time_series_cv_mae ({WHERE}): a fold's score {score:.4f} is not the mean absolute "
            f"error in dollars of its predictions ({expected:.4f})")


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


def test_candidates_are_reproducible(small_cards):
    X, y = small_cards.drop(columns=TARGET).iloc[:200], small_cards[TARGET].iloc[:200]
    for name in candidate_models():
        first = candidate_models()[name].fit(X, y).predict(X.iloc[:20])
        second = candidate_models()[name].fit(X, y).predict(X.iloc[:20])
        np.testing.assert_allclose(first, second, rtol=1e-9, err_msg=(
            f"candidate_models ({WHERE}): {name!r} gives different predictions when refit on the "
            "same rows; set random_state so a rerun gives the same leaderboard"))


def test_model_selection_never_reads_the_test_set(experiment):
    assert experiment["wire"].reads == [], (
        f"run_experiments ({WHERE}) read the test set ({experiment['wire'].reads}): select models "
        "on train and validation only")


def test_leaderboard_has_the_baseline_and_every_candidate(experiment):
    board = experiment["board"]
    assert {"model", "cv_mae", "val_mae"} <= set(board.columns), (
        f"run_experiments ({WHERE}): the leaderboard needs the columns model, cv_mae, val_mae")
    expected = {"median_baseline", *candidate_models()}
    assert set(board["model"]) == expected and len(board) == len(expected), (
        f"run_experiments ({WHERE}): one row per candidate plus 'median_baseline', got {list(board['model'])}")
    assert board["val_mae"].is_monotonic_increasing, f"run_experiments ({WHERE}): sort by val_mae"
    assert np.isfinite(board[["cv_mae", "val_mae"]].to_numpy(dtype=float)).all()


def test_baseline_is_the_training_median(experiment):
    board, train, val = experiment["board"], experiment["train"], experiment["val"]
    row = board.set_index("model").loc["median_baseline"]
    expected = float(np.mean(np.abs(val[TARGET] - train[TARGET].median())))
    assert row["val_mae"] == pytest.approx(expected, rel=1e-6), (
        f"run_experiments ({WHERE}): the baseline's val_mae must be the MAE of predicting the "
        f"training median ({expected:.2f}), got {row['val_mae']:.2f}")


def test_best_model_clearly_beats_the_baseline(experiment):
    board = experiment["board"].set_index("model")
    best, baseline = board["val_mae"].min(), board.loc["median_baseline", "val_mae"]
    assert best <= 0.6 * baseline, (
        f"run_experiments ({WHERE}): the best validation MAE ${best:.2f} is not 40% below the "
        f"median baseline ${baseline:.2f}")


def test_every_leaderboard_row_is_logged(experiment):
    runs = read_runs(experiment["tracking_dir"])
    board = experiment["board"].set_index("model")
    missing = sorted(set(board.index) - set(runs.get("name", [])))
    assert not missing, f"run_experiments ({WHERE}): no run logged with log_run for {missing}"
    assert "metrics.val_mae" in runs.columns, f"run_experiments ({WHERE}): log val_mae as a metric"
    last = runs.groupby("name").last()["metrics.val_mae"]
    np.testing.assert_allclose(last.loc[board.index].to_numpy(dtype=float), board["val_mae"].to_numpy(dtype=float),
                               rtol=1e-9, err_msg=f"run_experiments ({WHERE}): a logged val_mae differs from the leaderboard")


def test_run_log_round_trip(tmp_path):
    first = log_run(tmp_path / "log", "ridge", {"alpha": np.float64(0.5), "solver": "auto"},
                    {"val_mae": np.float32(21.5), "cv_mae": 22})
    second = log_run(tmp_path / "log", "knn", {"k": 10}, {"val_mae": 30.0})
    assert first != second, f"log_run ({WHERE}) must return a new run id for every run"
    runs = read_runs(tmp_path / "log")
    assert list(runs["run_id"]) == [first, second] and list(runs["name"]) == ["ridge", "knn"]
    assert runs.loc[0, "params.alpha"] == 0.5 and runs.loc[0, "params.solver"] == "auto"
    assert runs.loc[0, "metrics.val_mae"] == pytest.approx(21.5)
    assert pd.isna(runs.loc[1, "params.alpha"]), (
        f"read_runs ({WHERE}): a run without a parameter has a missing value in its column")
    assert read_runs(tmp_path / "nothing").empty, f"read_runs ({WHERE}): no log means no runs"


def test_tuning_tries_every_combination_and_keeps_the_best(small_cards):
    SpyRegressor.calls.clear()
    grid = {"shift": [-60.0, 0.0, 60.0], "label": ["a", "b"]}
    result = tune_model(SpyRegressor(), grid, small_cards, n_splits=3)
    assert len(result["results"]) == 6, f"tune_model ({WHERE}) must try all 3 x 2 combinations"
    assert result["best_params"]["shift"] == 0.0, (
        f"tune_model ({WHERE}) picked {result['best_params']}; the lowest CV MAE is at shift 0")
    assert result["best_cv_mae"] == pytest.approx(min(r["cv_mae"] for r in result["results"]))
    for fit, predict in zip(*([c for c in SpyRegressor.calls if c["call"] == kind] for kind in ("fit", "predict"))):
        assert fit["last"] <= predict["first"], f"tune_model ({WHERE}): tune with time-aware CV"


def test_tuning_rejects_an_empty_grid(small_cards):
    for grid in ({}, {"shift": []}):
        with pytest.raises(ValueError):
            tune_model(SpyRegressor(), grid, small_cards)
