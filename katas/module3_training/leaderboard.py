"""Kata 3.3: a leaderboard of model families: score, spread, training time, throughput and latency."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, clone
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import get_scorer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

LEADERBOARD_COLUMNS = ["model", "mean", "std", "fold_scores", "fit_seconds", "batch_ms_per_row",
                       "p95_latency_ms"]
#: How many single-row requests ``leaderboard`` times per model for ``p95_latency_ms``.
LATENCY_CALLS = 30


def candidate_models(seed: int = 0) -> dict[str, BaseEstimator]:
    """The model families to compare, unfitted, keyed by a short name.

    Include at least: a baseline that ignores the features (``DummyClassifier``), a logistic
    regression (scaled features: put a ``StandardScaler`` in front of it in a pipeline), a tree
    ensemble (e.g. ``RandomForestClassifier``) and an ``xgboost.XGBClassifier``. Keep them
    small enough that five-fold cross-validation of all of them on the 800 Pokémon takes a few
    seconds (a few dozen trees, ``n_jobs=1``), and pass ``seed`` to every ``random_state`` so
    the same seed gives the same scores.

    Args:
        seed: the random state for every model that has one.

    Returns:
        A dict from name (e.g. ``"logistic_regression"``) to an unfitted estimator.

    Example:
        >>> sorted(candidate_models(0))
        ['baseline', 'logistic_regression', 'random_forest', 'xgboost']

    Why it matters: the winner of one family tells you little; a few families side by side,
    a baseline among them, tell you whether the problem needs a complex model at all.
    """
    raise NotImplementedError("kata 3.3: implement candidate_models")


def leaderboard(models: dict[str, BaseEstimator], X: pd.DataFrame, y: pd.Series | np.ndarray,
                folds: list[tuple[np.ndarray, np.ndarray]],
                scoring: str = "average_precision") -> pd.DataFrame:
    """Cross-validate every model on the same folds and rank them, best mean score first.

    For each model and fold: fit a fresh ``sklearn.base.clone`` on the training rows (timed),
    then score it on the validation rows with ``sklearn.metrics.get_scorer(scoring)`` (timed:
    the whole fold scored as one batch). The models may be any scikit-learn classifiers: the
    scorer picks ``predict_proba`` or ``decision_function`` (a scaled ``LinearSVC`` has only the
    latter), so never call ``predict_proba`` yourself.

    Two speeds, because they answer two questions:

    * ``batch_ms_per_row`` is a throughput figure: the validation fold's scoring time divided
      by its rows (mean over folds), in milliseconds. It says what scoring a million rows
      overnight costs, not how long one request waits: fixed per-call overhead is shared by
      the whole batch.
    * ``p95_latency_ms`` is single-request latency: with the model fitted on the first fold,
      call ``predict`` once untimed (warm-up), then ``LATENCY_CALLS`` times on one validation
      row each, timed one by one (``time.perf_counter``); the 95th percentile of those times,
      in milliseconds. A latency budget is a rule about this number. (Any usual percentile
      definition will do: nearest rank or numpy's interpolation.)

    Args:
        models: name -> unfitted estimator.
        X: features (select rows by position, ``X.iloc``).
        y: labels aligned with ``X`` by position.
        folds: ``(train_positions, validation_positions)`` pairs; every model uses the same ones.
        scoring: a scikit-learn scorer name.

    Returns:
        A DataFrame with one row per model and exactly the columns ``LEADERBOARD_COLUMNS``:
        ``model`` (the name), ``mean`` and ``std`` of the fold scores (NumPy's default
        ``ddof=0``), ``fold_scores`` (a tuple of the per-fold scores, in fold order, so models
        can be compared fold by fold), ``fit_seconds`` (mean seconds of one fold's fit),
        ``batch_ms_per_row`` and ``p95_latency_ms`` as above. Sorted by ``mean``, highest
        first, with a fresh ``0..n-1`` index.

    Example:
        >>> board = leaderboard(candidate_models(0), X, y, folds)
        >>> board.columns.tolist()
        ['model', 'mean', 'std', 'fold_scores', 'fit_seconds', 'batch_ms_per_row', 'p95_latency_ms']

    Why it matters: the mean alone hides what a stakeholder will ask about: whether the lead
    holds fold by fold, and what the better model costs to run, in bulk and per request. A
    model can be cheap per row in a batch and still too slow to answer one request.
    """
    raise NotImplementedError("kata 3.3: implement leaderboard")
