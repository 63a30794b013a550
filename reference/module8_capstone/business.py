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
    return {
        "problem": (
            "Predict the fair sale price in US dollars of a Pokémon card from its set, rarity, "
            "grade, language and species, so that marketplace sellers can list cards at a price "
            "that sells quickly without leaving money on the table."
        ),
        "stakeholders": [
            {"name": "marketplace sellers", "need": "a listing price they can trust in seconds"},
            {"name": "buyers", "need": "confidence that a listing is not overpriced"},
            {"name": "trust and safety team", "need": "flags for listings far from fair value"},
            {"name": "marketplace finance", "need": "more completed sales and fee revenue"},
        ],
        "use_cases": [
            "suggest a price when a seller creates a listing",
            "flag listings priced more than 50% away from the prediction for review",
            "value a collection for insurance in one call",
        ],
        "success_metrics": {
            "model": ["log-MAE on later sales at least 60% below the median-price baseline's",
                      "median percentage error under 30% on the time-ordered test set",
                      "precision of 70% among flagged listings at 50% recall of mispriced ones"],
            "business": ["listings with a suggested price sell 10% faster",
                         "2% more listings end in a sale within 30 days"],
            "user": ["70% of sellers keep the suggested price within 10%",
                     "p99 suggestion latency under 300 ms"],
        },
        "pitch": (
            "Sellers price about a third of their cards badly: too high and the card sits for "
            "months, too low and they lose money. A price suggestion trained on four years of "
            "sales cuts the typical pricing error by more than 40% compared with quoting the "
            "median price, and answers in under 300 ms while the seller types. At 2% more "
            "completed sales the project pays back its build cost in month 7 and is worth "
            "about $180,000 over two years."
        ),
    }


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
    if upfront_cost <= 0:
        raise ValueError(f"upfront_cost must be > 0, got {upfront_cost}")
    if monthly_benefit < 0 or monthly_cost < 0:
        raise ValueError("monthly_benefit and monthly_cost must be >= 0")
    if months < 1:
        raise ValueError(f"months must be >= 1, got {months}")
    if annual_discount_rate <= -1:
        raise ValueError(f"annual_discount_rate must be > -1, got {annual_discount_rate}")
    net = monthly_benefit - monthly_cost
    cumulative = [float(-upfront_cost + month * net) for month in range(1, months + 1)]
    payback = next((month for month, total in enumerate(cumulative, start=1) if total >= 0), None)
    # The monthly rate that compounds to the annual one: 12 monthly steps equal one year.
    monthly_rate = (1 + annual_discount_rate) ** (1 / 12) - 1
    npv = -upfront_cost + sum(net / (1 + monthly_rate) ** month for month in range(1, months + 1))
    return {"cumulative": cumulative, "payback_month": payback, "npv": npv,
            "roi": cumulative[-1] / upfront_cost}
