"""Kata 3.8: diagnose bias and variance against what the task allows, and read learning curves."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, clone
from sklearn.metrics import get_scorer
from sklearn.model_selection import cross_validate

LABELS = ("good fit", "high bias", "high variance", "high bias and high variance")
#: The columns of ``learning_curve_scores``' result.
CURVE_COLUMNS = ["train_size", "train_score", "validation_score"]


@dataclass
class Diagnosis:
    """Where a model's validation score is lost: in fitting the training rows, or in generalising."""

    high_bias: bool  #: it cannot fit even its training rows as well as the task allows
    high_variance: bool  #: it loses, from training to validation, score the task would allow
    label: str  #: one of LABELS
    train_score: float
    validation_score: float


def diagnose_scores(train_score: float, validation_score: float, *, achievable_score: float,
                    tolerance: float = 0.05) -> Diagnosis:
    """Diagnose a model from its (higher-is-better) training and validation scores.

    ``achievable_score`` is the best validation score you have reason to believe this task
    allows: the cross-validated score of a more flexible model, a known noise ceiling (how
    often two expert labellers agree), the best result on record. It is *not* the product's
    target: the target says whether a model is good enough to ship, not what holds it back.

    * High bias: ``train_score < achievable_score - tolerance``. The model falls short on the
      very rows it learnt from, so more rows will not help: it needs capacity or features.
    * High variance: ``validation_score < achievable_score - tolerance`` and
      ``train_score - validation_score > tolerance``. It scores on its training rows what it
      loses on new ones, and the loss costs score the task would allow: more rows,
      regularisation or a simpler model. A gap alone is not a problem: a forest that scores
      1.00 on its training rows and as well as anything on validation has nothing to fix.
    * Both can hold at once; when neither does, the label is ``"good fit"``.

    ``label`` is ``LABELS[int(high_bias) + 2 * int(high_variance)]``. The comparisons are
    strict: a score exactly ``tolerance`` short is not flagged.

    Args:
        train_score: the score on the training rows (e.g. mean over folds).
        validation_score: the score on held-out rows.
        achievable_score: the best validation score the task allows, as above.
        tolerance: >= 0, how far short of it still counts as reaching it.

    Returns:
        A ``Diagnosis`` carrying both flags, the label and the two scores.

    Raises:
        ValueError: if any argument is NaN or infinite, or ``tolerance`` is negative.

    Example:
        >>> diagnose_scores(1.00, 0.70, achievable_score=0.95).label
        'high variance'
        >>> diagnose_scores(0.81, 0.78, achievable_score=0.95).label
        'high bias'
        >>> diagnose_scores(1.00, 0.93, achievable_score=0.95).label
        'good fit'

    Why it matters: the two problems have opposite cures. Adding data to an underfitting model,
    or capacity to a model that already reaches what the task allows, burns weeks and changes
    nothing.
    """
    raise NotImplementedError("kata 3.8: implement diagnose_scores")


def diagnose_model(model: BaseEstimator, X: pd.DataFrame, y: pd.Series | np.ndarray,
                   folds: list[tuple[np.ndarray, np.ndarray]], *, scoring: str = "roc_auc",
                   achievable_score: float, tolerance: float = 0.05) -> Diagnosis:
    """Cross-validate ``model`` and diagnose it from its mean training and validation scores.

    For each fold, fit a fresh clone on the training rows and score it with ``scoring`` on the
    same training rows and on the validation rows (``cross_validate(...,
    return_train_score=True)`` does exactly this); average each over the folds and pass the
    two means to ``diagnose_scores``.

    Args:
        model: an unfitted estimator.
        X: features.
        y: labels.
        folds: ``(train_positions, validation_positions)`` pairs.
        scoring: a scikit-learn scorer name.
        achievable_score: as for ``diagnose_scores``.
        tolerance: as for ``diagnose_scores``.

    Returns:
        The ``Diagnosis`` of the mean scores.

    Example:
        >>> diagnose_model(DecisionTreeClassifier(), X, y, folds, achievable_score=0.95).label
        'high variance'

    Why it matters: "validation 0.70" alone says nothing about what to try next; next to
    "training 1.00" and "a logistic regression reaches 0.95" it says: this tree memorises,
    prune it.
    """
    raise NotImplementedError("kata 3.8: implement diagnose_model")


def learning_curve_scores(model: BaseEstimator, X: pd.DataFrame, y: pd.Series | np.ndarray,
                          folds: list[tuple[np.ndarray, np.ndarray]], *, train_sizes: list[int],
                          scoring: str = "roc_auc") -> pd.DataFrame:
    """A learning curve: training and validation scores as the training set grows.

    For each fold and each size ``s`` in ``train_sizes``: fit a fresh clone on the first ``s``
    of the fold's training positions (in the order given), score it with
    ``get_scorer(scoring)`` on those same ``s`` rows and on the fold's validation rows.
    Average each over the folds. This is what ``sklearn.model_selection.learning_curve`` does
    with ``cv=folds``, ``train_sizes=train_sizes`` and ``shuffle=False``.

    How to read it: when the validation score is still rising at the largest size and the
    training score stays well above it, the model is limited by variance and more rows help;
    when both curves have flattened out, close together, below what the task allows, more rows
    will not help (bias: more capacity or better features). A *validation curve* is the same
    picture with a hyperparameter (depth, regularisation) on the horizontal axis instead of the
    rows (``sklearn.model_selection.validation_curve``): it shows where added capacity stops
    paying.

    Args:
        model: an unfitted estimator.
        X: features (select rows by position).
        y: labels aligned with ``X`` by position.
        folds: ``(train_positions, validation_positions)`` pairs.
        train_sizes: increasing numbers of rows, each at most the smallest training fold.
        scoring: a scikit-learn scorer name.

    Returns:
        A DataFrame with the columns ``CURVE_COLUMNS`` (``train_size``, ``train_score``,
        ``validation_score``), one row per size, in the order of ``train_sizes``.

    Raises:
        ValueError: if a size is below 1 or larger than a fold's training rows.

    Example:
        >>> learning_curve_scores(tree, X, y, folds, train_sizes=[160, 320, 640])  # doctest: +SKIP

    Why it matters: before paying for more data, a learning curve says whether it would help.
    """
    raise NotImplementedError("kata 3.8: implement learning_curve_scores")
