"""Kata 0.2: the ROI, payback month and NPV of an ML project's monthly timeline."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from katas.module0_business.roi import MLProject, monthly_cash_flows, npv, payback_month, roi

WHERE = "katas/module0_business/roi.py"

# Built over 2 months, half adopted in the first live month, fully from the second.
QUICK = MLProject(build_cost=30_000, build_months=2, monthly_run_cost=1_000,
                  monthly_benefit=12_000, ramp_up_months=2)
QUICK_FLOWS = [-15_000, -15_000, 5_000, 11_000, 11_000]
# Built over 3 months, adoption ramps up over 4 months: 25%, 50%, 75%, then 100%.
SLOW = MLProject(build_cost=60_000, build_months=3, monthly_run_cost=2_000,
                 monthly_benefit=10_000, ramp_up_months=4)
SLOW_FLOWS = [-20_000, -20_000, -20_000, 500, 3_000, 5_500] + [8_000] * 6

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


def _payback_not_later(better: int | None, worse: int | None) -> bool:
    """True when `better` pays back no later than `worse` (None = not within the horizon)."""
    return worse is None or (better is not None and better <= worse)


def test_worked_examples_of_cash_flows_roi_payback_and_npv():
    for project, flows in [(QUICK, QUICK_FLOWS), (SLOW, SLOW_FLOWS)]:
        got = monthly_cash_flows(project, len(flows))
        assert got == pytest.approx(flows), (
            f"monthly_cash_flows ({WHERE}) gave {got} for {project}, expected {flows}: the build "
            "cost is spread over the build months, then the benefit grows by 1/ramp_up_months "
            "each live month while the run cost is paid in full")
    assert roi(QUICK, 5) == pytest.approx((30_000 - 33_000) / 33_000), (
        f"roi ({WHERE}) for the docstring example over 5 months: benefit 30k, cost 33k")
    assert roi(SLOW, 12) == pytest.approx((75_000 - 78_000) / 78_000), (
        f"roi ({WHERE}) over 12 months of the slow project: benefit 2.5k+5k+7.5k+6*10k = 75k, "
        "cost 60k build + 9*2k run = 78k")
    assert roi(SLOW, 2) == pytest.approx(-1.0), (
        f"roi ({WHERE}) within the build phase: only the build cost spent so far counts and "
        "nothing has come back, so ROI is -100%")
    assert payback_month(QUICK, 12) == 6, f"payback_month ({WHERE}): cumulative -15k,-30k,-25k,-14k,-3k,+8k"
    assert payback_month(SLOW, 12) is None, (
        f"payback_month ({WHERE}) must be None when the project has not paid back within the "
        "horizon (the slow project is still 3k short after 12 months)")
    assert payback_month(SLOW, 13) == 13, f"payback_month ({WHERE}): the slow project pays back in month 13"
    losing = MLProject(build_cost=10_000, build_months=1, monthly_run_cost=5_000, monthly_benefit=4_000)
    assert payback_month(losing, 120) is None, (
        f"payback_month ({WHERE}) must be None for a project whose run cost exceeds its benefit")
    expected = sum(flow / 1.12 ** (month / 12) for month, flow in enumerate(SLOW_FLOWS, start=1))
    got = npv(SLOW, 12, 0.12)
    assert got == pytest.approx(expected, rel=1e-9), (
        f"npv ({WHERE}) gave {got:.2f}, expected {expected:.2f}: divide month t's flow by "
        "(1 + annual rate) ** (t / 12), not by the annual rate every month")
    assert npv(SLOW, 12, 0.0) == pytest.approx(sum(SLOW_FLOWS)), f"npv ({WHERE}) at rate 0 is the plain sum"


IMPOSSIBLE = {
    "a horizon of 0 months": lambda: monthly_cash_flows(QUICK, 0),
    "a free build": lambda: roi(dataclasses.replace(QUICK, build_cost=0), 12),
    "no build months": lambda: payback_month(dataclasses.replace(QUICK, build_months=0), 12),
    "a negative benefit": lambda: monthly_cash_flows(dataclasses.replace(QUICK, monthly_benefit=-1), 12),
    "a discount rate of -100%": lambda: npv(QUICK, 12, -1.0),
}


def test_impossible_inputs_raise_value_error():
    for what, call in IMPOSSIBLE.items():
        try:
            call()
        except ValueError:
            continue
        pytest.fail(f"{WHERE} accepted {what}: raise ValueError so a wrong proposal fails loudly")


@given(projects, horizons)
def test_roi_npv_and_payback_agree_with_the_cash_flows(project, months):
    flows = monthly_cash_flows(project, months)
    assert len(flows) == months and all(math.isfinite(f) for f in flows), (
        f"monthly_cash_flows ({WHERE}) must return {months} finite numbers, got {flows}")
    assert npv(project, months, 0.0) == pytest.approx(sum(flows), rel=1e-9, abs=1e-6), (
        f"npv ({WHERE}) at rate 0 must be the sum of the cash flows")
    spent = project.build_cost / project.build_months * min(months, project.build_months)
    cost = spent + project.monthly_run_cost * max(0, months - project.build_months)
    got = roi(project, months)
    assert got == pytest.approx(sum(flows) / cost, rel=1e-9, abs=1e-12), (
        f"roi ({WHERE}) = {got} for {project} over {months} months; expected (benefit - cost) / cost "
        f"= {sum(flows) / cost}, with the cost spent within the horizon ({cost})")
    month = payback_month(project, months)
    cumulative = [sum(flows[:m]) for m in range(1, months + 1)]
    if month is None:
        assert all(c < 1e-6 for c in cumulative) and cumulative[-1] < 0, (
            f"payback_month ({WHERE}) returned None but the cumulative cash flow reached "
            f"{max(cumulative)} within {months} months")
    else:
        assert 1 <= month <= months and cumulative[month - 1] >= -1e-6, (
            f"payback_month ({WHERE}) returned month {month} but the cumulative cash flow there is "
            f"{cumulative[month - 1]}")
        assert all(c < 1e-6 for c in cumulative[:month - 1]), (
            f"payback_month ({WHERE}) returned month {month} but the project paid back earlier")


CHANGES = {
    "more benefit": ("monthly_benefit", +1),
    "a higher build cost": ("build_cost", -1),
    "a higher run cost": ("monthly_run_cost", -1),
    "a slower ramp-up": ("ramp_up_months", -1),
}


@given(projects, horizons, rates, st.sampled_from(sorted(CHANGES)), st.integers(1, 12))
def test_more_benefit_never_hurts_and_more_cost_never_helps(project, months, rate, change, amount):
    field, direction = CHANGES[change]
    step = amount if field == "ramp_up_months" else amount * 10_000
    changed = dataclasses.replace(project, **{field: getattr(project, field) + step})
    better, worse = (changed, project) if direction > 0 else (project, changed)
    what = f"with {change} ({field} + {step}) for {project} over {months} months"
    assert roi(better, months) >= roi(worse, months) - 1e-12, f"roi ({WHERE}) moved the wrong way {what}"
    assert npv(better, months, rate) >= npv(worse, months, rate) - 1e-6, (
        f"npv ({WHERE}) at rate {rate} moved the wrong way {what}")
    assert _payback_not_later(payback_month(better, months), payback_month(worse, months)), (
        f"payback_month ({WHERE}) moved the wrong way {what}")
