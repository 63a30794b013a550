"""Kata 0.2: the ROI, payback month and NPV of an ML project's monthly timeline.

Each function is tested on its own, against the timeline the test computes itself, so a
mistake in one function costs only that function's tests.

Rules of the docstrings, each with the test that enforces it:

1. monthly_cash_flows: the build cost spread over the build months, then a benefit ramping up
   by 1/ramp_up_months per live month (full at once for 0) minus the run cost:
   test_cash_flows_of_worked_examples, test_cash_flows_follow_the_timeline.
2. roi: (benefit - cost) / cost over the horizon, undiscounted, cost = build cost spent within
   the horizon + run costs: test_roi_of_worked_examples, test_roi_is_net_over_cost_spent.
3. payback_month: first month whose cumulative flow is >= 0 (breaking even exactly counts),
   None within the horizon otherwise: test_payback_of_worked_examples,
   test_breaking_even_exactly_pays_back_that_month, test_payback_is_the_first_month_back_at_zero.
4. discounted_payback_month: the same on discounted flows; equal at rate 0, never earlier at a
   positive rate, breaking even exactly counts: test_discounted_payback_of_worked_examples,
   test_discounted_payback_at_rate_0_counts_breaking_even_exactly,
   test_discounted_payback_is_the_first_month_back_at_zero_in_todays_money.
5. npv: month t divided by (1 + rate) ** (t / 12); the plain sum at rate 0:
   test_npv_of_worked_examples, test_npv_discounts_each_month_by_its_fraction_of_a_year.
6. Raises ValueError for a horizon < 1, build_cost <= 0, build_months < 1, a negative or NaN
   money value, a negative ramp-up, a rate <= -1: test_impossible_inputs_raise_value_error; a negative rate
   above -1 is valid: test_a_negative_rate_above_minus_100_percent_is_allowed.
7. More benefit never hurts, more cost never helps: test_roi_never_rewards_more_cost_or_punishes_more_benefit,
   test_npv_never_rewards_more_cost_or_punishes_more_benefit,
   test_payback_never_rewards_more_cost_or_punishes_more_benefit.
"""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module0_business.roi import (
    MLProject,
    discounted_payback_month,
    monthly_cash_flows,
    npv,
    payback_month,
    roi,
)

FILE = "katas/module0_business/roi.py"

# Built over 2 months, half adopted in the first live month, fully from the second.
QUICK = MLProject(build_cost=30_000, build_months=2, monthly_run_cost=1_000,
                  monthly_benefit=12_000, ramp_up_months=2)
QUICK_FLOWS = [-15_000, -15_000, 5_000, 11_000, 11_000]
# Built over 3 months, adoption ramps up over 4 months: 25%, 50%, 75%, then 100%.
SLOW = MLProject(build_cost=60_000, build_months=3, monthly_run_cost=2_000,
                 monthly_benefit=10_000, ramp_up_months=4)
SLOW_FLOWS = [-20_000, -20_000, -20_000, 500, 3_000, 5_500] + [8_000] * 6
# Cumulative -10,000, -5,000, 0: breaks even exactly at the end of month 3.
EVEN = MLProject(build_cost=10_000, build_months=1, monthly_run_cost=0, monthly_benefit=5_000)

money = st.integers(0, 10**7)
projects = st.builds(
    MLProject,
    build_cost=st.integers(1, 10**7),
    build_months=st.integers(1, 12),
    monthly_run_cost=money,
    monthly_benefit=money,
    ramp_up_months=st.integers(0, 12),
)
horizons = st.integers(1, 60)
rates = st.sampled_from([0.0, 0.03, 0.08, 0.25])


def _timeline(project: MLProject, months: int) -> list[tuple[float, float]]:
    """The docstring's (benefit, cost) per month, written out by the tests."""
    out = []
    for month in range(1, months + 1):
        if month <= project.build_months:
            out.append((0.0, project.build_cost / project.build_months))
        else:
            live = month - project.build_months
            share = 1.0 if project.ramp_up_months == 0 else min(1.0, live / project.ramp_up_months)
            out.append((project.monthly_benefit * share, project.monthly_run_cost))
    return out


def _flows(project, months):
    return [b - c for b, c in _timeline(project, months)]


def _paybacks(flows) -> set[int | None]:
    """Every answer the spec allows: the first month whose cumulative flow is >= 0, where a
    cumulative within float noise (1e-6) of zero may count either way."""
    cumulative, total = [], 0.0
    for flow in flows:
        total += flow
        cumulative.append(total)
    allowed: set[int | None] = set()
    for month, value in enumerate(cumulative, start=1):
        if value >= -1e-6 and all(c < 1e-6 for c in cumulative[:month - 1]):
            allowed.add(month)
    if all(c < 1e-6 for c in cumulative):
        allowed.add(None)
    return allowed


def _discounted(project, months, rate):
    return [f / (1 + rate) ** (m / 12) for m, f in enumerate(_flows(project, months), start=1)]


def _payback_not_later(better: int | None, worse: int | None) -> bool:
    """True when `better` pays back no later than `worse` (None = not within the horizon)."""
    return worse is None or (better is not None and better <= worse)


# --- monthly_cash_flows ---------------------------------------------------------------------

@pytest.mark.parametrize(("project", "flows"), [(QUICK, QUICK_FLOWS), (SLOW, SLOW_FLOWS)],
                         ids=["quick-build", "slow-ramp-up"])
def test_cash_flows_of_worked_examples(project, flows):
    got = monthly_cash_flows(project, len(flows))
    assert got == pytest.approx(flows), (
        f"monthly_cash_flows ({FILE}) gave {got} for {project}, expected {flows}: the build "
        "cost is spread over the build months, then the benefit grows by 1/ramp_up_months "
        "each live month while the run cost is paid in full")


@given(projects, horizons)
@example(MLProject(build_cost=1, build_months=1, monthly_run_cost=0, monthly_benefit=10, ramp_up_months=0), 3)
def test_cash_flows_follow_the_timeline(project, months):
    got = monthly_cash_flows(project, months)
    want = _flows(project, months)
    assert len(got) == months and all(math.isfinite(f) for f in got), (
        f"monthly_cash_flows ({FILE}) must return {months} finite numbers, got {got}")
    assert got == pytest.approx(want, rel=1e-9, abs=1e-6), (
        f"monthly_cash_flows ({FILE}) gave {got} for {project} over {months} months, expected {want}")


# --- roi --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("project", "months", "expected", "why"), [
    (QUICK, 5, (30_000 - 33_000) / 33_000, "benefit 30k, cost 30k build + 3k run"),
    (SLOW, 12, (75_000 - 78_000) / 78_000, "benefit 2.5k+5k+7.5k+6*10k = 75k, cost 60k build + 9*2k run"),
    (SLOW, 2, -1.0, "within the build phase nothing has come back yet, so the ROI is -1 (the cost is the 40k spent so far)"),
], ids=["quick-5-months", "slow-12-months", "slow-still-building"])
def test_roi_of_worked_examples(project, months, expected, why):
    got = roi(project, months)
    assert got == pytest.approx(expected), (
        f"roi ({FILE}) = {got} over {months} months, expected {expected:.4f}: {why}. ROI here is "
        "(total benefit - total cost) / total cost, run costs included")


@settings(max_examples=20)
@given(projects, horizons)
@example(SLOW, 2)
def test_roi_is_net_over_cost_spent(project, months):
    timeline = _timeline(project, months)
    benefit, cost = sum(b for b, _ in timeline), sum(c for _, c in timeline)
    got = roi(project, months)
    assert got == pytest.approx((benefit - cost) / cost, rel=1e-9, abs=1e-12), (
        f"roi ({FILE}) = {got} for {project} over {months} months; expected (benefit - cost) / cost "
        f"= ({benefit} - {cost}) / {cost}, with only the build cost spent within the horizon")


# --- payback_month ----------------------------------------------------------------------------

@pytest.mark.parametrize(("project", "months", "expected", "why"), [
    (QUICK, 12, 6, "cumulative -15k, -30k, -25k, -14k, -3k, +8k"),
    (QUICK, 5, None, "still 3k short at the end of the 5-month horizon"),
    (SLOW, 12, None, "still 3k short after 12 months"),
    (SLOW, 13, 13, "back above zero in month 13"),
    (MLProject(build_cost=10_000, build_months=1, monthly_run_cost=5_000, monthly_benefit=4_000), 120,
     None, "run cost above benefit: it never pays back"),
], ids=["quick", "quick-short-horizon", "slow-12", "slow-13", "never"])
def test_payback_of_worked_examples(project, months, expected, why):
    got = payback_month(project, months)
    assert got == expected, f"payback_month ({FILE}) = {got}, expected {expected}: {why}"


def test_breaking_even_exactly_pays_back_that_month():
    got = payback_month(EVEN, 12)
    assert got == 3, (
        f"payback_month ({FILE}) = {got} for a project whose cumulative cash flow is -10k, -5k, "
        "then exactly 0 in month 3: back at zero counts as paid back (>= 0, not > 0)")


@settings(max_examples=20)
@given(projects, horizons)
@example(EVEN, 3)
def test_payback_is_the_first_month_back_at_zero(project, months):
    want = _paybacks(_flows(project, months))
    got = payback_month(project, months)
    assert got in want, (
        f"payback_month ({FILE}) = {got} for {project} over {months} months, expected one of {want}: the "
        "first month whose cumulative cash flow is >= 0, None if none within the horizon")


# --- discounted_payback_month -----------------------------------------------------------------

@pytest.mark.parametrize(("rate", "expected"), [(0.0, 13), (0.10, 13), (0.20, 14)],
                         ids=["rate-0", "rate-10%", "rate-20%"])
def test_discounted_payback_of_worked_examples(rate, expected):
    got = discounted_payback_month(SLOW, 24, rate)
    assert got == expected, (
        f"discounted_payback_month ({FILE}) = {got} for the slow project at {rate:.0%} a year, "
        f"expected {expected}: accumulate flow_t / (1 + rate) ** (t / 12) until it is >= 0")


def test_discounted_payback_at_rate_0_counts_breaking_even_exactly():
    got = discounted_payback_month(EVEN, 12, 0.0)
    assert got == 3, (
        f"discounted_payback_month ({FILE}) = {got} at rate 0 for a project whose cumulative flow "
        "is -10,000, -5,000, then exactly 0 in month 3: at rate 0 nothing is discounted, and "
        "breaking even exactly (cumulative >= 0) pays back that month")


@settings(max_examples=20)
@given(projects, horizons, rates)
@example(EVEN, 12, 0.0)
@example(SLOW, 24, 0.25)
def test_discounted_payback_is_the_first_month_back_at_zero_in_todays_money(project, months, rate):
    want = _paybacks(_discounted(project, months, rate))
    got = discounted_payback_month(project, months, rate)
    assert got in want, (
        f"discounted_payback_month ({FILE}) = {got} for {project} over {months} months at "
        f"{rate:.0%}, expected one of {want}: the first month whose cumulative discounted flow is >= 0")


# --- npv ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("project", "months", "rate"), [(SLOW, 12, 0.12), (QUICK, 24, 0.10), (SLOW, 12, 0.0)],
                         ids=["slow-12%", "quick-10%", "slow-rate-0"])
def test_npv_of_worked_examples(project, months, rate):
    expected = sum(_discounted(project, months, rate))
    got = npv(project, months, rate)
    assert got == pytest.approx(expected, rel=1e-9), (
        f"npv ({FILE}) gave {got:.2f}, expected {expected:.2f}: divide month t's flow by "
        "(1 + annual rate) ** (t / 12), not by the annual rate every month")


@settings(max_examples=20)
@given(projects, horizons, rates)
@example(SLOW, 24, 0.25)
def test_npv_discounts_each_month_by_its_fraction_of_a_year(project, months, rate):
    expected = sum(_discounted(project, months, rate))
    got = npv(project, months, rate)
    assert got == pytest.approx(expected, rel=1e-9, abs=1e-6), (
        f"npv ({FILE}) = {got} for {project} over {months} months at {rate}, expected {expected}")


@pytest.mark.parametrize("rate", [-0.05, -0.5], ids=["rate-minus-5%", "rate-minus-50%"])
def test_a_negative_rate_above_minus_100_percent_is_allowed(rate):
    flows = _discounted(SLOW, 24, rate)
    try:
        got_npv = npv(SLOW, 24, rate)
        got_payback = discounted_payback_month(SLOW, 24, rate)
    except ValueError as error:
        pytest.fail(f"npv and discounted_payback_month ({FILE}) refused an annual rate of {rate:.0%} "
                    f"({error}): any rate above -1 (-100%) is allowed; only a rate <= -1 is refused",
                    pytrace=False)
    assert got_npv == pytest.approx(sum(flows), rel=1e-9), (
        f"npv ({FILE}) gave {got_npv:.2f} at {rate:.0%} a year, expected {sum(flows):.2f}: a "
        "negative rate divides by (1 + rate) ** (t / 12) < 1, so later money counts for more")
    assert got_payback in _paybacks(flows), (
        f"discounted_payback_month ({FILE}) = {got_payback} at {rate:.0%} a year, expected one of "
        f"{_paybacks(flows)}")


# --- refusals -----------------------------------------------------------------------------------

IMPOSSIBLE = {
    "monthly_cash_flows-horizon-0": (
        lambda: monthly_cash_flows(QUICK, 0), "monthly_cash_flows", "a horizon of 0 months"),
    "monthly_cash_flows-negative-benefit": (
        lambda: monthly_cash_flows(dataclasses.replace(QUICK, monthly_benefit=-1), 12),
        "monthly_cash_flows", "a negative monthly benefit"),
    "monthly_cash_flows-negative-run-cost": (
        lambda: monthly_cash_flows(dataclasses.replace(QUICK, monthly_run_cost=-1), 12),
        "monthly_cash_flows", "a negative run cost"),
    "monthly_cash_flows-negative-ramp-up": (
        lambda: monthly_cash_flows(dataclasses.replace(QUICK, ramp_up_months=-1), 12),
        "monthly_cash_flows", "a negative ramp-up"),
    "roi-free-build": (lambda: roi(dataclasses.replace(QUICK, build_cost=0), 12), "roi", "a build cost of 0"),
    "monthly_cash_flows-nan-benefit": (
        lambda: monthly_cash_flows(dataclasses.replace(QUICK, monthly_benefit=math.nan), 12),
        "monthly_cash_flows", "a monthly benefit of NaN (not a number, so not >= 0)"),
    "roi-nan-run-cost": (lambda: roi(dataclasses.replace(QUICK, monthly_run_cost=math.nan), 12),
                         "roi", "a run cost of NaN (not a number, so not >= 0)"),
    "npv-nan-build-cost": (lambda: npv(dataclasses.replace(QUICK, build_cost=math.nan), 12, 0.1),
                           "npv", "a build cost of NaN (not a number, so not > 0)"),
    "roi-horizon-0": (lambda: roi(QUICK, 0), "roi", "a horizon of 0 months"),
    "payback-no-build-months": (lambda: payback_month(dataclasses.replace(QUICK, build_months=0), 12),
                                "payback_month", "0 build months"),
    "npv-rate-minus-100%": (lambda: npv(QUICK, 12, -1.0), "npv", "a discount rate of -100%"),
    "npv-horizon-0": (lambda: npv(QUICK, 0, 0.1), "npv", "a horizon of 0 months"),
    "discounted-payback-rate-minus-100%": (lambda: discounted_payback_month(QUICK, 12, -1.0),
                                           "discounted_payback_month", "a discount rate of -100%"),
}


@pytest.mark.parametrize("case", IMPOSSIBLE.values(), ids=IMPOSSIBLE.keys())
def test_impossible_inputs_raise_value_error(case):
    call, function, what = case
    with must_raise(ValueError, f"{function} ({FILE}) must refuse {what}, so a wrong proposal fails loudly"):
        call()


# --- direction ------------------------------------------------------------------------------------

CHANGES = {
    "more benefit": ("monthly_benefit", +1),
    "a higher build cost": ("build_cost", -1),
    "a higher run cost": ("monthly_run_cost", -1),
    "a slower ramp-up": ("ramp_up_months", -1),
}


def _better_and_worse(project, change, amount):
    field, direction = CHANGES[change]
    step = amount if field == "ramp_up_months" else amount * 10_000
    changed = dataclasses.replace(project, **{field: getattr(project, field) + step})
    better, worse = (changed, project) if direction > 0 else (project, changed)
    return better, worse, f"with {change} ({field} + {step}) for {project}"


changes = st.sampled_from(sorted(CHANGES))
amounts = st.integers(1, 12)


@settings(max_examples=20)
@given(projects, horizons, changes, amounts)
@example(QUICK, 12, "a slower ramp-up", 1)
def test_roi_never_rewards_more_cost_or_punishes_more_benefit(project, months, change, amount):
    better, worse, what = _better_and_worse(project, change, amount)
    assert roi(better, months) >= roi(worse, months) - 1e-12, (
        f"roi ({FILE}) moved the wrong way {what} over {months} months")


@settings(max_examples=20)
@given(projects, horizons, rates, changes, amounts)
@example(QUICK, 12, 0.25, "a higher run cost", 1)
def test_npv_never_rewards_more_cost_or_punishes_more_benefit(project, months, rate, change, amount):
    better, worse, what = _better_and_worse(project, change, amount)
    assert npv(better, months, rate) >= npv(worse, months, rate) - 1e-6, (
        f"npv ({FILE}) at rate {rate} moved the wrong way {what} over {months} months")


@settings(max_examples=20)
@given(projects, horizons, changes, amounts)
@example(EVEN, 12, "a higher build cost", 1)
def test_payback_never_rewards_more_cost_or_punishes_more_benefit(project, months, change, amount):
    better, worse, what = _better_and_worse(project, change, amount)
    assert _payback_not_later(payback_month(better, months), payback_month(worse, months)), (
        f"payback_month ({FILE}) moved the wrong way {what} over {months} months")
