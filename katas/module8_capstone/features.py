"""Kata 8.3: documented card features, checked for leakage, inside a scikit-learn pipeline."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

RARITY_ORDER = ("Common", "Uncommon", "Rare", "Holo Rare", "Ultra Rare", "Secret Rare")
MARKET_ORIGIN = "2022-01-01"  # a fixed date chosen by hand, not learned from the data
CATEGORICAL_COLUMNS = ["rarity", "language", "set_name"]


def engineer_features(frame: pd.DataFrame) -> pd.DataFrame:
    """Add at least five engineered features to card sales, one row at a time.

    The data record one date per card, ``sale_date``, and no listing date. So the model prices a
    card *as of a date*: trained on sale dates, it answers "what would this card sell for on
    that day?". Every date feature is computed from ``sale_date`` read as that pricing date;
    when the service prices a new listing it passes the listing date there. The sale comes
    days or weeks later in a market that grows about 1% a month: a small, systematic
    under-estimate to state in the model card (logging listing dates would remove it).

    Args:
        frame: card sales with the columns of ``data/README.md``; ``price_usd`` may be absent
            (it is absent when the service prices a new listing). Not modified.

    Returns:
        A new frame with every input column plus at least five new numeric columns, each
        documented in :func:`feature_documentation`. The new columns:

        * are finite for every row (an ungraded card has no grade: give it a value, and a flag);
        * never use ``price_usd``: the function works when that column is missing, and the new
          columns do not change when prices change;
        * are computed from the row itself: a row's features are the same whether it is passed
          alone or with other rows (no statistics over the frame, such as a set's mean price
          or a category's frequency, which would carry information across the split).

        For example ``card_age_years`` (pricing date minus set release date, in years),
        ``market_years`` (years from a fixed origin to the pricing date: the market trend),
        ``is_graded``, ``grade_or_zero``, ``is_gem_mint`` (grade 10), ``rarity_rank`` (0 for
        Common up to 5 for Secret Rare), ``stat_total`` (hp + attack).

    Example:
        >>> features = engineer_features(cards.head(3))  # doctest: +SKIP
        >>> features["card_age_years"].gt(0).all()  # doctest: +SKIP
        True

    Features are where most leakage hides: a column computed with the target, or with
    statistics over all rows, scores beautifully offline and fails in production.
    """
    raise NotImplementedError("kata 8.3: implement engineer_features")


def feature_documentation() -> list[dict]:
    """The feature documentation table: one entry per engineered feature.

    A feature nobody can explain is a feature nobody can debug or defend in review.

    Returns:
        A list of dicts, one per column that :func:`engineer_features` adds (no more, no
        fewer), each with the non-empty string keys ``"feature"`` (the column name),
        ``"description"`` (how it is computed), ``"rationale"`` (why it should move the
        price) and ``"leakage_check"`` (why it is known at prediction time and free of the
        target).

    Example:
        >>> {row["feature"] for row in feature_documentation()} >= {"card_age_years"}  # doctest: +SKIP
        True
    """
    raise NotImplementedError("kata 8.3: implement feature_documentation")


def build_pipeline(regressor: BaseEstimator | None = None) -> Pipeline:
    """An unfitted pipeline from raw card rows to a price in dollars.

    Args:
        regressor: the scikit-learn regressor to put last; ``None`` means a sensible,
            deterministic default (for example ``Ridge``: fitting twice on the same rows gives
            the same model). It is used as given (clone it first if you reuse it).

    Returns:
        A ``sklearn.pipeline.Pipeline`` of three steps named, in order, ``"features"`` (calls
        :func:`engineer_features`), ``"preprocess"`` (a ``ColumnTransformer`` that selects and
        encodes the feature columns: scales numbers, one-hot encodes the categories
        ``rarity``, ``language`` and ``set_name``) and ``"model"`` (the regressor, last).
        Fixed names let later phases address parameters: ``model__<param>``, or
        ``model__regressor__<param>`` when the last step wraps the regressor. ``fit(X, y)`` takes
        card rows ``X`` (raw columns; extra columns, ``price_usd`` included, are ignored) and
        prices ``y`` in dollars; ``predict(X)`` returns positive prices in dollars. Categories
        unseen in training and missing grades must not raise. The last step may wrap the
        regressor, e.g. in a ``TransformedTargetRegressor`` that learns log prices (prices
        are long-tailed; errors in log space are relative errors, the capstone's metric).

    Example:
        >>> model = build_pipeline().fit(train.drop(columns="price_usd"), train["price_usd"])  # doctest: +SKIP
        >>> (model.predict(val) > 0).all()  # doctest: +SKIP
        True

    A pipeline fits every learned transformation (scaling, encoding) on the training rows
    only and applies the very same steps at serving time.
    """
    raise NotImplementedError("kata 8.3: implement build_pipeline")
