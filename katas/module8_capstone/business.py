"""Kata 8.1: frame the card-price problem: stakeholders, success metrics, ROI and a pitch."""

from __future__ import annotations


def problem_statement() -> dict:
    """Describe the card-price project the way you would open a design document.

    A model nobody asked for is a cost, not an asset. Writing down who needs the prediction,
    what decision it changes and how success is measured keeps the project honest and gives
    every later phase (metrics, SLOs, alerts) a target to point at.

    Returns:
        A dict with these keys:

        * ``"problem"``: one or two sentences: what is predicted, for whom, and which decision
          it supports (at least 15 words).
        * ``"stakeholders"``: a list of at least three dicts ``{"name": str, "need": str}``
          with distinct names and a non-empty need each.
        * ``"use_cases"``: a list of at least two non-empty strings.
        * ``"success_metrics"``: a dict with the keys ``"model"``, ``"business"`` and
          ``"user"``, each a non-empty list of strings. Every metric states a measurable target
          (it contains a number). At least one model metric names a regression metric (MAE,
          MAPE, log-MAE, RMSE, median absolute error or R²): the price is a number. None
          mentions accuracy. Precision, recall or F1 belong only to a detection use case:
          a model metric that names one of them is about flagging listings (it contains the
          word "flag"), the task where a listing is or is not far from fair value.
        * ``"pitch"``: one paragraph (no blank line) of 40 to 150 words for a stakeholder,
          with at least one number in it (the expected value, a payback month, a target).

    Example:
        >>> statement = problem_statement()
        >>> len(statement["stakeholders"]) >= 3
        True
    """
    raise NotImplementedError("kata 8.1: implement problem_statement")


def roi_timeline(upfront_cost: float, monthly_benefit: float, monthly_cost: float,
                 months: int, annual_discount_rate: float = 0.10) -> dict:
    """Cash flow of the project month by month: cumulative net, payback month, NPV and ROI.

    Decision makers ask two questions: when do we get the money back, and is it worth more
    than leaving the money in the bank? The payback month answers the first, the net present
    value (future months discounted) the second.

    Args:
        upfront_cost: the build cost paid at month 0 (must be > 0).
        monthly_benefit: value created each month once the model runs (>= 0).
        monthly_cost: running cost each month: hosting, monitoring, retraining (>= 0).
        months: the horizon in months (>= 1).
        annual_discount_rate: yearly rate (> -1). Month ``m`` (1-based) is discounted by
            ``(1 + monthly_rate) ** m`` with ``monthly_rate = (1 + annual_discount_rate) **
            (1 / 12) - 1``, the monthly rate that compounds to the annual one.

    Returns:
        A dict with:

        * ``"cumulative"``: a list of ``months`` numbers; entry ``m - 1`` is the undiscounted
          cumulative net after month ``m``: ``-upfront_cost + m * (monthly_benefit -
          monthly_cost)``.
        * ``"payback_month"``: the first month (1-based) whose cumulative net is >= 0, or
          ``None`` if the project has not paid back within the horizon.
        * ``"npv"``: ``-upfront_cost + sum(net / (1 + monthly_rate) ** m for m in 1..months)``.
        * ``"roi"``: the undiscounted return at the horizon on the upfront investment,
          ``cumulative[-1] / upfront_cost``, even when ``annual_discount_rate`` is not 0.

    This ROI is one definition among several, so name it when you quote it: cumulative net
    cash flow at the horizon over the build cost, paid in full at month 0. Module 0 (kata 0.2)
    defines ROI as (total benefit - total cost) / total cost, where the cost includes the running
    costs and the build cost spread over the build months: the same project gets another number
    there.

    Raises:
        ValueError: if ``upfront_cost <= 0``, a monthly amount is negative, ``months < 1`` or
            ``annual_discount_rate <= -1``.

    Example:
        >>> plan = roi_timeline(10_000, 2_500, 500, months=12, annual_discount_rate=0.0)
        >>> plan["payback_month"], plan["cumulative"][:3], plan["npv"], plan["roi"]
        (5, [-8000.0, -6000.0, -4000.0], 14000.0, 1.4)
    """
    raise NotImplementedError("kata 8.1: implement roi_timeline")
