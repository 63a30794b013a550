"""Kata 3.8: diagnose bias and variance from training and validation scores."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.model_selection import cross_validate

LABELS = ("good fit", "high bias", "high variance", "high bias and high variance")


@dataclass
class Diagnosis:
    """What the gap between training and validation scores says about a model."""

    high_bias: bool  #: the model cannot even fit its training data well enough
    high_variance: bool  #: it does much better on rows it trained on than on new rows
    label: str  #: one of LABELS
    train_score: float
    validation_score: float


def diagnose_scores(train_score: float, validation_score: float, *, target_score: float,
                    max_gap: float = 0.05) -> Diagnosis:
    """Diagnose a model from its (higher-is-better) training and validation scores.

    * High bias (underfitting): ``train_score < target_score``. If the model falls short on the
      very rows it learnt from, more data will not help; it needs more capacity or features.
    * High variance (overfitting): ``train_score - validation_score > max_gap``. It has learnt
      the training rows rather than the pattern; more data, regularisation or a simpler model.
    * Both can hold at once; neither is a good fit.

    ``label`` is ``"good fit"``, ``"high bias"``, ``"high variance"`` or
    ``"high bias and high variance"`` (the module's ``LABELS``).

    Args:
        train_score: the score on the training rows (e.g. mean over folds).
        validation_score: the score on held-out rows.
        target_score: the score the product needs.
        max_gap: the largest acceptable drop from training to validation.

    Returns:
        A ``Diagnosis`` carrying both flags, the label and the two scores.

    Raises:
        ValueError: if any score is NaN or infinite.

    Example:
        >>> diagnose_scores(1.0, 0.70, target_score=0.9).label
        'high variance'
        >>> diagnose_scores(0.81, 0.78, target_score=0.9).label
        'high bias'

    Why it matters: the two problems have opposite cures. Adding data to an underfitting model,
    or capacity to an overfitting one, burns weeks and changes nothing.
    """
    raise NotImplementedError("kata 3.8: implement diagnose_scores")


def diagnose_model(model: BaseEstimator, X: pd.DataFrame, y: pd.Series | np.ndarray,
                   folds: list[tuple[np.ndarray, np.ndarray]], *, scoring: str = "roc_auc",
                   target_score: float, max_gap: float = 0.05) -> Diagnosis:
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
        target_score: as for ``diagnose_scores``.
        max_gap: as for ``diagnose_scores``.

    Returns:
        The ``Diagnosis`` of the mean scores.

    Example:
        >>> diagnose_model(DecisionTreeClassifier(), X, y, folds, target_score=0.9).label
        'high variance'

    Why it matters: "validation 0.70" alone says nothing about what to try next; next to
    "training 1.00" it says: this tree memorises, prune it.
    """
    raise NotImplementedError("kata 3.8: implement diagnose_model")
