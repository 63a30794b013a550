"""Kata 0.2: ROI of an ML project with a monthly timeline, payback month and NPV."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MLProject:
    """The money side of an ML project, in one currency.

    Attributes:
        build_cost: total cost of building the model (people, compute, data); must be > 0.
        build_months: months of building before go-live; must be >= 1. The build cost is
            spread evenly over these months.
        monthly_run_cost: cost of each month in production (serving, monitoring, retraining).
        monthly_benefit: benefit per month once the model is fully adopted.
        ramp_up_months: months after go-live until full adoption; 0 means full from the start.
    """

    build_cost: float
    build_months: int
    monthly_run_cost: float
    monthly_benefit: float
    ramp_up_months: int = 0


def monthly_cash_flows(project: MLProject, months: int) -> list[float]:
    """Net cash flow (benefit minus cost) of each month 1..months.

    The timeline:

    * months 1..build_months: cash flow = -build_cost / build_months (no benefit yet);
    * the k-th month after go-live (k = 1, 2, ...): benefit
      monthly_benefit * min(1, k / ramp_up_months) (full at once when ramp_up_months == 0),
      minus monthly_run_cost.

    Args:
        project: the project. Money values >= 0, build_cost > 0, build_months >= 1,
            ramp_up_months >= 0.
        months: the horizon, >= 1.

    Returns:
        A list of ``months`` floats.

    Raises:
        ValueError: for a horizon < 1 or a project breaking the rules above (a money value of
            NaN breaks them: it is not a number, so not >= 0).

    Example:
        >>> p = MLProject(build_cost=30_000, build_months=2, monthly_run_cost=1_000,
        ...               monthly_benefit=12_000, ramp_up_months=2)
        >>> monthly_cash_flows(p, 5)
        [-15000.0, -15000.0, 5000.0, 11000.0, 11000.0]

    Why it matters: a model earns nothing while it is built and little while people learn to
    trust it. A timeline shows finance when the money goes out and when it comes back.
    """
    raise NotImplementedError("kata 0.2: implement monthly_cash_flows")


def roi(project: MLProject, months: int) -> float:
    """Return on investment over the horizon: (total benefit - total cost) / total cost.

    This module's definition, precisely: totals over months 1..months of the timeline in
    ``monthly_cash_flows``, undiscounted; the cost counts the build cost spent within the horizon
    (spread over the build months) AND every month's running cost. Another common definition,
    used by the capstone (kata 8.1), divides the cumulative net cash flow by the upfront
    investment alone (the build cost, paid at month 0): the same project gets another number.
    Always say which definition and which horizon a quoted ROI uses.

    Args:
        project: the project (rules as in ``monthly_cash_flows``).
        months: the horizon, >= 1.

    Returns:
        The ROI as a fraction: 0.5 means the project returned 50% more than it cost; -1.0
        means it returned nothing.

    Raises:
        ValueError: as ``monthly_cash_flows``.

    Example:
        >>> p = MLProject(build_cost=30_000, build_months=2, monthly_run_cost=1_000,
        ...               monthly_benefit=12_000, ramp_up_months=2)
        >>> roi(p, 5)  # benefit 6k + 12k + 12k = 30k; cost 30k + 3k = 33k
        -0.09090909090909091

    Why it matters: "the model is 92% accurate" does not get a project funded; "it returns
    2.4 times its cost in the first year" does.
    """
    raise NotImplementedError("kata 0.2: implement roi")


def payback_month(project: MLProject, months: int) -> int | None:
    """The first month (1-based) at whose end the cumulative cash flow is >= 0.

    Args:
        project: the project (rules as in ``monthly_cash_flows``).
        months: the horizon, >= 1.

    Returns:
        The month number, or None when the project has not paid back within the horizon
        (including projects that never will, such as run cost above benefit).

    Raises:
        ValueError: as ``monthly_cash_flows``.

    Example:
        >>> p = MLProject(build_cost=30_000, build_months=2, monthly_run_cost=1_000,
        ...               monthly_benefit=12_000, ramp_up_months=2)
        >>> payback_month(p, 12)  # cumulative: -15k, -30k, -25k, -14k, -3k, +8k
        6
        >>> payback_month(p, 5) is None
        True

    Why it matters: payback is the question a budget owner asks first: how long until we are
    back where we started?
    """
    raise NotImplementedError("kata 0.2: implement payback_month")


def discounted_payback_month(project: MLProject, months: int,
                              annual_discount_rate: float) -> int | None:
    """Like :func:`payback_month`, on the discounted cash flows of :func:`npv`.

    The first month (1-based) at whose end the cumulative sum of
    flow_t / (1 + annual_discount_rate) ** (t / 12) is >= 0, or None within the horizon.
    With a positive rate it is never earlier than the simple payback month; at rate 0 it is
    the same month.

    Args:
        project: the project (rules as in ``monthly_cash_flows``).
        months: the horizon, >= 1.
        annual_discount_rate: as in :func:`npv`; must be > -1.

    Returns:
        The month number, or None.

    Raises:
        ValueError: as :func:`npv`.

    Example:
        >>> slow = MLProject(build_cost=60_000, build_months=3, monthly_run_cost=2_000,
        ...                  monthly_benefit=10_000, ramp_up_months=4)
        >>> payback_month(slow, 24), discounted_payback_month(slow, 24, 0.20)
        (13, 14)

    Why it matters: simple payback treats a dollar in month 24 like a dollar today; when the
    build is long or the rate high, the discounted payback comes later, sometimes much later.
    """
    raise NotImplementedError("kata 0.2: implement discounted_payback_month")


def npv(project: MLProject, months: int, annual_discount_rate: float) -> float:
    """Net present value of the monthly cash flows at an annual discount rate.

    Month t's cash flow is divided by (1 + annual_discount_rate) ** (t / 12): money at the end
    of month 12 is worth 1 / (1 + rate) of money today.

    Args:
        project: the project (rules as in ``monthly_cash_flows``).
        months: the horizon, >= 1.
        annual_discount_rate: e.g. 0.10 for 10% a year; must be > -1.

    Returns:
        The NPV in the project's currency. With a rate of 0 it equals the sum of the flows.

    Raises:
        ValueError: as ``monthly_cash_flows``, or for a rate <= -1.

    Example:
        >>> p = MLProject(build_cost=30_000, build_months=2, monthly_run_cost=1_000,
        ...               monthly_benefit=12_000, ramp_up_months=2)
        >>> round(npv(p, 24, 0.0))
        206000
        >>> round(npv(p, 24, 0.10))
        182167

    Why it matters: a benefit two years away is worth less than the same cost today. NPV lets
    finance compare the project with any other use of the money.
    """
    raise NotImplementedError("kata 0.2: implement npv")
