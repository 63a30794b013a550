"""Kata 8.5: price metrics with a justification, residuals by segment drawn and tabled, and a model card."""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

TARGET = "price_usd"
MODEL_CARD_SECTIONS = ("Model Details", "Intended Use", "Factors", "Metrics", "Evaluation Data",
                       "Training Data", "Quantitative Analyses", "Ethical Considerations",
                       "Caveats and Recommendations")


def regression_metrics(y_true: ArrayLike, y_pred: ArrayLike) -> dict[str, float]:
    """The error of price predictions, relative and in dollars.

    Args:
        y_true: actual prices in dollars (array-like, all > 0).
        y_pred: predicted prices in dollars, same length (all > 0: a price model predicts prices).

    Returns:
        ``{"log_mae", "median_ape", "mape", "within_25pct", "mae", "rmse", "median_ae"}``:
        the mean absolute error of log prices (``mean(|log(pred) - log(true)|)``), the median
        and the mean absolute percentage error as fractions (0.2 means 20%), the share of
        predictions within 25% of the actual price (``|pred - true| <= 0.25 * true``, the
        boundary included), and in dollars the mean absolute error, root mean squared error and
        median absolute error.

    Raises:
        ValueError: if the inputs are empty, differ in length, hold NaN or inf, or a price
            (actual or predicted) is <= 0 (relative and log errors would be undefined).

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
        least 25 words. The primary metric is a relative error (``log_mae``, ``median_ape`` or
        ``mape``): the models learn log prices, so choosing them on dollars would judge them by
        another yardstick than the one they were trained for.

    Example:
        >>> metric_choice()["primary"] in regression_metrics([1.0], [1.0])
        True
    """
    raise NotImplementedError("kata 8.5: implement metric_choice")


def residuals_by_segment(frame: pd.DataFrame, y_pred: ArrayLike, segment: str,
                         min_count: int = 30) -> pd.DataFrame:
    """Error analysis: where is the model wrong, relative to the price, and in which direction?

    Args:
        frame: card rows with ``price_usd`` and the ``segment`` column. Not modified.
        y_pred: predicted prices for the rows of ``frame``, in the same order.
        segment: the column to group by, e.g. ``"rarity"``, ``"language"`` or ``"grade"``.
        min_count: segments with fewer rows are too small to rank (>= 1).

    Returns:
        One row per segment value with the columns ``segment`` (the value; rows where it is
        missing form their own segment labelled ``"missing"``), ``count``, ``median_ape`` (the
        median of ``|price_usd - y_pred| / price_usd``), ``mae`` (dollars) and
        ``mean_residual`` (mean of ``price_usd - y_pred``: positive means the model
        under-prices that segment). The counts add up to ``len(frame)``. Sorted worst first
        by ``median_ape`` descending, among the segments with at least ``min_count`` rows;
        the smaller segments follow (also by ``median_ape`` descending), so a segment of three
        cards never heads the table. Index and tie order are free.

    Raises:
        ValueError: if ``y_pred`` and ``frame`` differ in length, or ``min_count < 1``.

    Example:
        >>> residuals_by_segment(cards, predictions, "rarity").iloc[0]["segment"]  # doctest: +SKIP
        'Common'

    Averages hide the segments where a model fails. Ranked by dollar error, segments would
    simply sort by price (a 10% miss on a $3,000 card is $300); a relative error shows which
    cards the model prices worst for their value.
    """
    raise NotImplementedError("kata 8.5: implement residuals_by_segment")


def residual_chart(frame: pd.DataFrame, y_pred: ArrayLike) -> alt.LayerChart:
    """Residuals against the predicted price, one point per sale, around a line at zero.

    Where a model has captured how prices depend on what it knows, its residuals centre on zero
    at every predicted price. A pattern (a slope, a curve, a band above zero among the expensive
    cards) is an error the model makes systematically: a feature or a transformation it lacks.

    Args:
        frame: card rows with ``price_usd`` (actual prices in dollars, all > 0), e.g. the test
            set. Not modified.
        y_pred: predicted prices in dollars for the rows of ``frame``, in the same order (all > 0).

    Returns:
        A layered Altair chart (``alt.LayerChart``) with, in any layer order:

        * points (mark ``point``, ``circle`` or ``square``), one for every row of ``frame`` (no
          sample), with the predicted price on x and the residual on y, both quantitative
          (``:Q``). The residual is ``log(price_usd) - log(y_pred)``, actual minus predicted on
          the log prices the model learns: above 0 the model under-prices the card (a residual of
          0.1: the sale was about 10% above the prediction), below 0 it over-prices it;
        * a horizontal line at residual 0: a ``rule`` (or ``line``) mark whose y is the data value
          0 (``alt.datum(0)``, or a field that is 0 in every row of its data), on the points' y
          scale (not resolved independently).

        The x and y values are columns of the chart's data, computed before charting (no Altair
        transform or aggregate). Column names, titles, scales (a log x axis suits prices),
        colours, tooltips and further columns are free.

    Raises:
        ValueError: if ``frame`` has no rows, ``y_pred`` differs from it in length, or a price
            (actual or predicted) is NaN, infinite or <= 0 (it has no log).

    Example:
        >>> residual_chart(test, model.predict(test.drop(columns="price_usd")))  # doctest: +SKIP
        alt.LayerChart(...)
    """
    raise NotImplementedError("kata 8.5: implement residual_chart")


def segment_error_chart(frame: pd.DataFrame, y_pred: ArrayLike, segment: str) -> alt.Chart | alt.LayerChart:
    """Error analysis drawn: each segment's median relative error as a bar, with its count.

    A bar alone misleads: a segment of three cards with a 60% error may be bad luck, one of three
    hundred is a finding. So every bar comes with the number of sales behind it.

    Args:
        frame: card rows with ``price_usd`` and the ``segment`` column. Not modified.
        y_pred: predicted prices for the rows of ``frame``, in the same order.
        segment: the column to group by, e.g. ``"rarity"``, ``"language"`` or ``"grade"``.

    Returns:
        An Altair chart (``alt.Chart``, or ``alt.LayerChart`` with more layers) with a bar layer
        (mark ``bar``): one bar per segment of :func:`residuals_by_segment` (rows whose segment
        value is missing form the segment ``"missing"``), the segment on one axis as nominal or
        ordinal (``:N``/``:O``), its median absolute percentage error ``|price_usd - y_pred| /
        price_usd`` (a fraction: 0.2 means 20%) on the other as quantitative (``:Q``). The count
        of rows in each segment is shown too: a field holding it is used by an encoding (a
        tooltip, a text label, ...) of the bar layer or of a layer over the same rows.

        The data hold one row per segment, computed before charting (the table of
        :func:`residuals_by_segment` suits; no Altair transform or aggregate). The axis of each,
        the bar order, titles, colours and further columns are free.

    Raises:
        ValueError: if ``y_pred`` and ``frame`` differ in length.

    Example:
        >>> segment_error_chart(test, predictions, "rarity")  # doctest: +SKIP
        alt.Chart(...)
    """
    raise NotImplementedError("kata 8.5: implement segment_error_chart")


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
        with its median absolute percentage error rounded to 2 decimals and its count;
        Training Data includes ``training_summary``.

    Example:
        >>> "## Intended Use" in model_card("ridge v1", {"mae": 20.0}, table, "3,000 sales")  # doctest: +SKIP
        True

    A model card tells the next team what the model is for, where it fails and what it must
    not be used for, before they find out in production.
    """
    raise NotImplementedError("kata 8.5: implement model_card")
