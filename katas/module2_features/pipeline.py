"""Kata 2.6: a scikit-learn Pipeline built from scratch, ready for unseen categories."""

from __future__ import annotations

from sklearn.base import ClassifierMixin
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC_FEATURES = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "height_m",
                    "weight_kg"]
CATEGORICAL_FEATURES = ["type1", "type2"]
#: What a missing category becomes before encoding.
MISSING = "missing"


def build_preprocessor() -> ColumnTransformer:
    """The preprocessing step: an unfitted ColumnTransformer over the Pokémon columns.

    * ``NUMERIC_FEATURES``: missing values replaced by the training median, then standardised
      (``StandardScaler``) with the mean and standard deviation of the training column *after*
      imputation (impute first, then scale).
    * ``CATEGORICAL_FEATURES``: missing values replaced by ``MISSING``, then one-hot encoded
      with one 0/1 column per category seen in training (keep every category: no dropped
      column); a category never seen in training becomes all zeros instead of an error.
    * Every other column (identifiers, capture_rate, the target) is dropped.

    The output may be dense or sparse; its column order is yours. It holds exactly one column
    per numeric feature and one per category seen in training (``MISSING`` included): no
    other column, such as a missing-value indicator.

    Returns:
        An unfitted ``sklearn.compose.ColumnTransformer``.

    Example:
        >>> pre = build_preprocessor().fit(train)  # doctest: +SKIP
        >>> pre.transform(new_rows_with_an_unseen_type)  # doctest: +SKIP

    Why it matters: every statistic (median, mean, categories) is learned in ``fit`` and only
    applied in ``transform``, so cross-validation and production use training knowledge only,
    and the first unseen category in production does not take the service down.
    """
    raise NotImplementedError("kata 2.6: implement build_preprocessor")


def build_pipeline(model: ClassifierMixin) -> Pipeline:
    """The whole model: ``build_preprocessor()`` followed by ``model``, as one Pipeline.

    Args:
        model: an unfitted scikit-learn classifier; it becomes the last step itself.

    Returns:
        An unfitted ``sklearn.pipeline.Pipeline`` whose ``fit(frame, y)`` learns every
        statistic from the rows it is given and whose ``predict(frame)`` accepts raw rows.

    Example:
        >>> pipeline = build_pipeline(LogisticRegression(max_iter=1000))  # doctest: +SKIP
        >>> pipeline.fit(train, train["is_legendary"]).predict(test)  # doctest: +SKIP

    Why it matters: one object to cross-validate, save and serve; preprocessing can no longer
    drift apart between training and production, or be fit on the wrong rows.
    """
    raise NotImplementedError("kata 2.6: implement build_pipeline")
