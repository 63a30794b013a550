"""Kata 8.5: price metrics with a justification, residuals by segment, and a model card."""

from __future__ import annotations

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

TARGET = "price_usd"
MODEL_CARD_SECTIONS = ("Model Details", "Intended Use", "Factors", "Metrics", "Evaluation Data",
                       "Training Data", "Quantitative Analyses", "Ethical Considerations",
                       "Caveats and Recommendations")


def regression_metrics(y_true: ArrayLike, y_pred: ArrayLike) -> dict[str, float]:
    """The error of price predictions in the units stakeholders use.

    Args:
        y_true: actual prices in dollars (array-like, all > 0).
        y_pred: predicted prices in dollars, same length.

    Returns:
        ``{"mae", "rmse", "median_ae", "mape", "within_25pct"}``: mean absolute error, root
        mean squared error, median absolute error (all in dollars), mean absolute percentage
        error as a fraction (0.2 means 20%) and the share of predictions within 25% of the
        actual price (``|pred - true| <= 0.25 * true``).

    Raises:
        ValueError: if the inputs are empty, differ in length, hold NaN or inf, or an actual
            price is <= 0 (percentage errors would be undefined).

    Example:
        >>> regression_metrics([10, 20], [12, 20])["mae"]
        1.0
    """
    raise NotImplementedError("kata 8.5: implement regression_metrics")


def metric_choice() -> dict[str, str]:
    """Which metric decides, and why.

    Returns:
        ``{"primary": name, "business": name, "justification": text}``: ``primary`` and
        ``business`` are keys of :func:`regression_metrics` (the metric models are selected
        on, and the one reported to stakeholders); ``justification`` explains the choice in at
        least 25 words, saying what the metric is robust or sensitive to on long-tailed prices.

    Example:
        >>> metric_choice()["primary"] in regression_metrics([1.0], [1.0])
        True
    """
    raise NotImplementedError("kata 8.5: implement metric_choice")


def residuals_by_segment(frame: pd.DataFrame, y_pred: ArrayLike, segment: str) -> pd.DataFrame:
    """Error analysis: where is the model wrong, and in which direction?

    Args:
        frame: card rows with ``price_usd`` and the ``segment`` column. Not modified.
        y_pred: predicted prices for the rows of ``frame``, in the same order.
        segment: the column to group by, e.g. ``"rarity"``, ``"language"`` or ``"grade"``.

    Returns:
        One row per segment value with the columns ``segment`` (the value; rows where it is
        missing form their own segment labelled ``"missing"``), ``count``, ``mae`` and
        ``mean_residual`` (mean of ``price_usd - y_pred``: positive means the model
        under-prices that segment), sorted by ``mae`` descending: the worst segment first.
        The counts add up to ``len(frame)``. Index and tie order are free.

    Raises:
        ValueError: if ``y_pred`` and ``frame`` differ in length.

    Example:
        >>> residuals_by_segment(cards, predictions, "rarity").iloc[0]["segment"]  # doctest: +SKIP
        'Secret Rare'

    Averages hide the segments where a model fails; a model that under-prices every graded
    10 costs sellers exactly on the cards they care about most.
    """
    raise NotImplementedError("kata 8.5: implement residuals_by_segment")


def model_card(model_name: str, metrics: dict[str, float], segments: pd.DataFrame,
               training_summary: str) -> str:
    """A model card (Mitchell et al., 2019) in Markdown.

    Args:
        model_name: the model's name and version, e.g. ``"card-price ridge v1"``.
        metrics: the evaluation metrics, e.g. from :func:`regression_metrics`.
        segments: a table from :func:`residuals_by_segment`, worst segment first.
        training_summary: one or two sentences on the training data.

    Returns:
        Markdown with a title line naming ``model_name`` and a ``##`` heading for each of the
        sections Model Details, Intended Use, Factors, Metrics, Evaluation Data, Training
        Data, Quantitative Analyses, Ethical Considerations, and Caveats and Recommendations.
        The Metrics section lists every metric with its value rounded to 2 decimals; the
        Quantitative Analyses section names the worst segment (the first row of ``segments``)
        with its MAE rounded to 2 decimals; Training Data includes ``training_summary``.

    Example:
        >>> "## Intended Use" in model_card("ridge v1", {"mae": 20.0}, table, "3,000 sales")  # doctest: +SKIP
        True

    A model card tells the next team what the model is for, where it fails and what it must
    not be used for, before they find out in production.
    """
    raise NotImplementedError("kata 8.5: implement model_card")
