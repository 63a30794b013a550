"""Kata 3.4: tune within a latency budget, without ever looking at the test set."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from sklearn.base import BaseEstimator, clone
from sklearn.metrics import get_scorer


@dataclass
class TuningResult:
    """What model selection decided, and the evidence it decided on."""

    best_name: str  #: the chosen candidate's name
    best_model: BaseEstimator  #: the chosen candidate, refit on all training rows
    cv_scores: dict[str, float]  #: name -> mean cross-validated score, every candidate
    latency_ms: dict[str, float]  #: name -> p95 single-row prediction time, every candidate


def single_row_latency_ms(model: BaseEstimator, X: np.ndarray, *, calls: int = 20) -> float:
    """95th-percentile milliseconds a fitted ``model`` takes to answer one single-row request.

    Predict ``X[:1]`` once untimed (a warm-up: caches, lazy imports), then time ``calls``
    separate ``model.predict`` calls on one row each (use ``time.perf_counter``) and return the
    95th percentile in milliseconds (nearest rank or numpy's interpolation: either is fine).

    A latency budget is a promise about the slow requests too, so it is checked against a high
    percentile, not the median (which hides every other hiccup) and not the time per row of a
    batch (a throughput figure: one request cannot share its fixed cost with 199 others). With
    20 calls the 95th percentile is about the second-slowest call: a rough figure that keeps the
    tests quick; a service measures p95 and p99 over thousands of requests.

    Args:
        model: a fitted estimator.
        X: feature rows (a 2-D NumPy array); the first row is enough.
        calls: how many timed calls, at least 1.

    Returns:
        The 95th percentile of the single-row prediction times, in milliseconds.

    Example:
        >>> single_row_latency_ms(fitted_logistic_regression, X_train) < 5
        True

    Why it matters: an online service answers one request at a time; a model that is fast on
    a batch of ten thousand rows can still be too slow for one.
    """
    raise NotImplementedError("kata 3.4: implement single_row_latency_ms")


def tune_within_latency_budget(candidates: dict[str, BaseEstimator], X_train: np.ndarray,
                               y_train: np.ndarray, X_test: np.ndarray, y_test: np.ndarray, *,
                               folds: list[tuple[np.ndarray, np.ndarray]], budget_ms: float,
                               scoring: str = "f1") -> TuningResult:
    """Pick the candidate with the best cross-validated score among those fast enough to serve.

    For every candidate:

    1. its mean cross-validated ``scoring`` on ``folds`` (positions into the training rows),
       fitting a fresh ``sklearn.base.clone`` per fold, as ``cross_val_score`` would;
    2. a clone refit on all training rows, and its ``single_row_latency_ms`` on ``X_train``
       (the p95 of single-row requests).

    Among the candidates whose latency is at most ``budget_ms``, choose the highest mean score
    (ties: the first in ``candidates`` order), and return it refit on all training rows.

    The chosen candidate's cross-validated score is an optimistic estimate of its performance:
    it won because it scored best on these folds, luck included. The held-out test set, read
    once after the choice, gives the honest figure (nested cross-validation does the same when
    there is no test set to spare).

    ``X_test`` and ``y_test`` are the held-out test set. The experiment harness hands every
    function the whole split, but selection must not look at it: not its rows, not its length,
    not its labels. The tests pass it wrapped in a tripwire that fails on any read. It is used
    afterwards, once, to report the chosen model's score.

    Args:
        candidates: name -> unfitted estimator (e.g. one per hyperparameter setting).
        X_train: training features (2-D NumPy array).
        y_train: training labels.
        X_test: test features: do not read.
        y_test: test labels: do not read.
        folds: ``(train_positions, validation_positions)`` pairs over the training rows.
        budget_ms: the largest acceptable p95 single-row latency, in milliseconds.
        scoring: a scikit-learn scorer name.

    Returns:
        A ``TuningResult``: the chosen name, the chosen model refit on all training rows, and
        every candidate's mean score and latency.

    Raises:
        ValueError: if no candidate fits the budget.

    Example:
        >>> result = tune_within_latency_budget({"lr": lr, "big": forest}, X_train, y_train,
        ...                                     X_test, y_test, folds=folds, budget_ms=20)
        >>> result.best_name
        'lr'

    Why it matters: a model chosen by its test score has been fitted to the test set, and the
    number you report is no longer an estimate of anything. And the most accurate model is worth
    nothing if it cannot answer within the product's latency budget.
    """
    raise NotImplementedError("kata 3.4: implement tune_within_latency_budget")
