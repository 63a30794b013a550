"""Kata 3.2: baselines first: the scores any real model has to beat."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, RegressorMixin


class BaselineClassifier(ClassifierMixin, BaseEstimator):
    """A classifier that ignores the features: it only knows the training class shares.

    ``strategy="majority"`` always predicts the most frequent training class (ties go to the
    class that sorts first). ``strategy="stratified"`` draws each prediction at random with the
    training class shares, from a fresh ``numpy.random.default_rng(seed)`` made in each call of
    ``predict``: the same seed gives the same predictions, and two calls on the same rows give
    the same answers (a baseline whose answer changes when asked twice makes every comparison
    with it a little random). Either way ``predict_proba`` returns the training class shares
    for every row, columns in the order of ``classes_`` (sorted).

    It is a scikit-learn estimator: ``__init__`` only stores its arguments, ``fit`` returns
    ``self`` and sets ``classes_``, so ``clone`` and ``cross_val_score`` work with it.

    Args:
        strategy: ``"majority"`` or ``"stratified"``.
        seed: seed for the ``"stratified"`` draws.

    Raises:
        ValueError: from ``fit``, for an unknown strategy or no training rows.

    Example:
        >>> model = BaselineClassifier().fit(X, [0, 0, 0, 1])
        >>> model.predict(X).tolist(), model.predict_proba(X)[0].tolist()
        ([0, 0, 0, 0], [0.75, 0.25])

    Why it matters: on the legendary task the majority baseline is 92% accurate and finds no
    legendary at all. Without that number, "91% accuracy" sounds good.
    """

    def __init__(self, strategy: str = "majority", seed: int = 0):
        self.strategy = strategy
        self.seed = seed

    def fit(self, X: pd.DataFrame | np.ndarray, y: pd.Series | np.ndarray) -> BaselineClassifier:
        """Learn the class shares of ``y`` (the features are ignored); return ``self``."""
        raise NotImplementedError("kata 3.2: implement BaselineClassifier.fit")

    def predict(self, X: pd.DataFrame | np.ndarray) -> np.ndarray:
        """One predicted class per row of ``X``."""
        raise NotImplementedError("kata 3.2: implement BaselineClassifier.predict")

    def predict_proba(self, X: pd.DataFrame | np.ndarray) -> np.ndarray:
        """The training class shares for every row: shape ``(len(X), len(classes_))``."""
        raise NotImplementedError("kata 3.2: implement BaselineClassifier.predict_proba")


class MeanRegressor(RegressorMixin, BaseEstimator):
    """A regressor that ignores the features and predicts the training mean of ``y``.

    The mean is the constant with the smallest squared error, so it is the baseline for MSE,
    RMSE and R² (R² is measured against it). Judged by absolute error (MAE), use
    ``MedianRegressor``: pair the baseline's constant with the metric.

    Raises:
        ValueError: from ``fit``, for no training rows.

    Example:
        >>> MeanRegressor().fit(X, [1.0, 2.0, 6.0]).predict(X).tolist()
        [3.0, 3.0, 3.0]

    Why it matters: a price model whose error is not clearly below the mean's error has learnt
    nothing, however sophisticated it is.
    """

    def fit(self, X: pd.DataFrame | np.ndarray, y: pd.Series | np.ndarray) -> MeanRegressor:
        """Remember the mean of ``y``; return ``self``."""
        raise NotImplementedError("kata 3.2: implement MeanRegressor.fit")

    def predict(self, X: pd.DataFrame | np.ndarray) -> np.ndarray:
        """The training mean, once per row of ``X``."""
        raise NotImplementedError("kata 3.2: implement MeanRegressor.predict")


class MedianRegressor(RegressorMixin, BaseEstimator):
    """A regressor that ignores the features and predicts the training median of ``y``.

    The median is the constant with the smallest absolute error, so it is the baseline to beat
    when the metric is MAE (with skewed targets such as prices, the mean's MAE is needlessly
    high and makes every model look good). For an even number of values the median is the
    mean of the two middle ones (``numpy.median``).

    Raises:
        ValueError: from ``fit``, for no training rows.

    Example:
        >>> MedianRegressor().fit(X, [1.0, 2.0, 6.0, 100.0]).predict(X[:2]).tolist()
        [4.0, 4.0]

    Why it matters: a baseline paired with the wrong metric flatters the model; "40% lower MAE
    than the mean" can be 10% lower than the median.
    """

    def fit(self, X: pd.DataFrame | np.ndarray, y: pd.Series | np.ndarray) -> MedianRegressor:
        """Remember the median of ``y``; return ``self``."""
        raise NotImplementedError("kata 3.2: implement MedianRegressor.fit")

    def predict(self, X: pd.DataFrame | np.ndarray) -> np.ndarray:
        """The training median, once per row of ``X``."""
        raise NotImplementedError("kata 3.2: implement MedianRegressor.predict")
