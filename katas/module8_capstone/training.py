"""Kata 8.4: a baseline, four or more algorithms, time-aware cross-validation, tuning and a run log."""

from __future__ import annotations

import itertools
import json
import time
import uuid
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, clone
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit
from sklearn.neighbors import KNeighborsRegressor
from sklearn.tree import DecisionTreeRegressor
from xgboost import XGBRegressor

from .features import build_pipeline

TARGET = "price_usd"
RUN_LOG = "runs.jsonl"


def time_series_cv_mae(model: BaseEstimator, frame: pd.DataFrame, n_splits: int = 4) -> list[float]:
    """Cross-validate ``model`` with expanding windows in time: always train on the past.

    Args:
        model: an unfitted scikit-learn estimator taking raw card rows (as from
            ``build_pipeline``); it is cloned for every fold, never fitted itself.
        frame: card sales with ``sale_date`` and ``price_usd``, in any row order.
        n_splits: the number of folds (>= 2).

    Returns:
        ``n_splits`` mean absolute errors in dollars, oldest fold first. Fold ``k`` trains on
        the earliest sales and scores the block that follows them: no training row is later
        than a row it is scored on, and each row is scored at most once (as in
        ``sklearn.model_selection.TimeSeriesSplit`` on the rows sorted by ``sale_date``).
        The model gets the rows without ``price_usd`` as ``X`` and the prices as ``y``.

    Example:
        >>> time_series_cv_mae(build_pipeline(), train, n_splits=4)  # doctest: +SKIP
        [21.3, 18.9, 25.0, 23.4]

    Shuffled k-fold on time-stamped data trains on the future: the scores look better than
    anything production will see.
    """
    raise NotImplementedError("kata 8.4: implement time_series_cv_mae")


def candidate_models() -> dict[str, BaseEstimator]:
    """The algorithms to compare: name -> unfitted estimator taking raw card rows.

    Returns:
        At least four entries using at least four different regression algorithms (for
        example a linear model, a tree, a random forest, gradient boosting such as XGBoost,
        nearest neighbours), each an unfitted estimator with ``fit(X, y)`` / ``predict(X)`` on
        raw card rows (wrap them with ``build_pipeline``). Every estimator that has a
        ``random_state`` parameter sets it, so a rerun gives the same scores. Keep them small:
        each must fit on 3,000 rows in well under a second.

    Example:
        >>> sorted(candidate_models())  # doctest: +SKIP
        ['decision_tree', 'knn', 'random_forest', 'ridge', 'xgboost']
    """
    raise NotImplementedError("kata 8.4: implement candidate_models")


def log_run(tracking_dir: Path, name: str, params: dict, metrics: dict) -> str:
    """Record one experiment run in a local run log and return its id.

    A run log answers "which settings gave that number?" weeks later. This one is a JSON
    Lines file (``runs.jsonl`` in ``tracking_dir``); MLflow's ``log_params`` and
    ``log_metrics`` record the same things.

    Args:
        tracking_dir: the folder of the run log (created if missing).
        name: the run's name, e.g. the model's name.
        params: parameter name -> value (numbers, strings, booleans or None).
        metrics: metric name -> number (numpy numbers allowed; stored as float).

    Returns:
        A new run id, unique across calls (e.g. ``uuid.uuid4().hex``).

    Example:
        >>> run_id = log_run(tmp, "ridge", {"alpha": 1.0}, {"val_mae": 21.4})  # doctest: +SKIP
        >>> read_runs(tmp).loc[0, "metrics.val_mae"]  # doctest: +SKIP
        21.4
    """
    raise NotImplementedError("kata 8.4: implement log_run")


def read_runs(tracking_dir: Path) -> pd.DataFrame:
    """Every run logged in ``tracking_dir``, oldest first, one row per run.

    Returns:
        A frame with the columns ``run_id`` and ``name``, a column ``params.<key>`` per
        parameter and ``metrics.<key>`` per metric (MLflow's ``search_runs`` layout); a run
        without some parameter or metric has a missing value there. An empty frame (with
        ``run_id`` and ``name`` columns) if nothing was logged.
    """
    raise NotImplementedError("kata 8.4: implement read_runs")


def run_experiments(splits: dict, tracking_dir: Path, n_splits: int = 4) -> pd.DataFrame:
    """Compare the median-price baseline and every candidate model; log each as a run.

    Args:
        splits: ``{"train": frame, "val": frame, "test": frame}``. Only ``train`` and ``val``
            may be read: the test set is for the final evaluation (kata 8.9), and during model
            selection it may be wrapped in a tripwire that fails on any read.
        tracking_dir: where :func:`log_run` writes.
        n_splits: folds for :func:`time_series_cv_mae` on the training rows.

    Returns:
        The leaderboard: one row per candidate of :func:`candidate_models` plus one row named
        ``"median_baseline"`` (predicts the training median price for every card), with the
        columns ``model`` (the name), ``cv_mae`` (mean of the time-series CV maes on ``train``)
        and ``val_mae`` (fit on all of ``train``, scored on ``val``), sorted by ``val_mae``
        ascending. Each row is logged with :func:`log_run` (name = model, metrics including
        ``cv_mae`` and ``val_mae``).

    Example:
        >>> board = run_experiments({"train": train, "val": val, "test": wire}, tmp)  # doctest: +SKIP
        >>> board.iloc[0]["model"]  # doctest: +SKIP
        'ridge'
    """
    raise NotImplementedError("kata 8.4: implement run_experiments")


def tune_model(model: BaseEstimator, param_grid: dict[str, list], frame: pd.DataFrame,
               n_splits: int = 4) -> dict:
    """Grid search with time-aware cross-validation.

    Args:
        model: an unfitted estimator; each candidate is ``clone(model).set_params(**params)``.
        param_grid: parameter name (as ``set_params`` takes it, e.g.
            ``"model__regressor__alpha"``) -> the values to try. Every combination is tried.
        frame: the training rows (never the test set).
        n_splits: folds for :func:`time_series_cv_mae`.

    Returns:
        ``{"best_params": dict, "best_cv_mae": float, "results": list}`` where ``results`` has
        one ``{"params": dict, "cv_mae": float}`` per combination (mean CV MAE), and the best
        is the combination with the lowest ``cv_mae``.

    Raises:
        ValueError: if the grid is empty or a parameter has no values.

    Example:
        >>> tune_model(build_pipeline(), {"model__regressor__alpha": [0.1, 1, 10]}, train)["best_params"]  # doctest: +SKIP
        {'model__regressor__alpha': 1}
    """
    raise NotImplementedError("kata 8.4: implement tune_model")
