"""Kata 3.3: a leaderboard of model families: score, spread, training time and latency."""

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

LEADERBOARD_COLUMNS = ["model", "mean", "std", "fit_seconds", "ms_per_row"]


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
    this is the prediction time).

    Args:
        models: name -> unfitted estimator.
        X: features (select rows by position, ``X.iloc``).
        y: labels aligned with ``X``.
        folds: ``(train_positions, validation_positions)`` pairs; every model uses the same ones.
        scoring: a scikit-learn scorer name.

    Returns:
        A DataFrame with one row per model and exactly the columns ``LEADERBOARD_COLUMNS``:
        ``model`` (the name), ``mean`` and ``std`` of the fold scores (NumPy's default
        ``ddof=0``), ``fit_seconds`` (mean seconds of one fold's fit) and ``ms_per_row`` (mean
        over folds of the validation fold's prediction time divided by its number of rows, in
        milliseconds). Sorted by ``mean``, highest first, with a fresh ``0..n-1`` index.

    Example:
        >>> board = leaderboard(candidate_models(0), X, y, folds)
        >>> board.columns.tolist()
        ['model', 'mean', 'std', 'fit_seconds', 'ms_per_row']

    Why it matters: the mean alone hides two things a stakeholder will ask about: whether the
    lead is larger than the fold-to-fold noise, and what the better model costs to run.
    """
    raise NotImplementedError("kata 3.3: implement leaderboard")
