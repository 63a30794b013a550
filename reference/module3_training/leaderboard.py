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
    return {
        "baseline": DummyClassifier(strategy="prior"),
        "logistic_regression": make_pipeline(StandardScaler(), LogisticRegression(random_state=seed)),
        "random_forest": RandomForestClassifier(n_estimators=30, max_depth=6, n_jobs=1, random_state=seed),
        "xgboost": XGBClassifier(n_estimators=40, max_depth=3, learning_rate=0.2, n_jobs=1,
                                 random_state=seed),
    }


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
    y = np.asarray(y)
    scorer = get_scorer(scoring)
    rows = []
    for name, model in models.items():
        scores, fit_seconds, batch_ms = [], [], []
        first_fitted = None
        for train, validation in folds:
            start = time.perf_counter()
            fitted = clone(model).fit(X.iloc[train], y[train])
            fit_seconds.append(time.perf_counter() - start)
            start = time.perf_counter()
            scores.append(float(scorer(fitted, X.iloc[validation], y[validation])))
            batch_ms.append((time.perf_counter() - start) * 1000 / len(validation))
            first_fitted = fitted if first_fitted is None else first_fitted
        rows.append({"model": name, "mean": float(np.mean(scores)), "std": float(np.std(scores)),
                     "fold_scores": tuple(scores), "fit_seconds": float(np.mean(fit_seconds)),
                     "batch_ms_per_row": float(np.mean(batch_ms)),
                     "p95_latency_ms": _p95_latency_ms(first_fitted, X.iloc[folds[0][1]])})
    board = pd.DataFrame(rows, columns=LEADERBOARD_COLUMNS)
    return board.sort_values("mean", ascending=False, kind="stable").reset_index(drop=True)


def _p95_latency_ms(fitted: BaseEstimator, rows: pd.DataFrame) -> float:
    """95th percentile of single-row ``predict`` times, one request at a time, in milliseconds."""
    fitted.predict(rows.iloc[:1])  # warm-up: lazy initialisation is not a request's cost
    times = []
    for i in range(LATENCY_CALLS):
        row = rows.iloc[[i % len(rows)]]
        start = time.perf_counter()
        fitted.predict(row)
        times.append(time.perf_counter() - start)
    return float(np.percentile(times, 95) * 1000)
