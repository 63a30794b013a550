"""Kata 8.1: the problem statement is complete and measurable; the ROI timeline adds up.

Rules (problem_statement):
1. the five keys; a problem of at least 15 words: ``test_problem_statement_names_the_prediction_and_the_decision``
2. three or more stakeholders with distinct names and a need each; two or more use cases:
   ``test_stakeholders_and_use_cases_are_concrete``
3. every success metric has a number; a regression metric among the model metrics; no metric
   (model, business or user) mentions accuracy; precision/recall/F1 only in a metric about
   flagging listings:
   ``test_success_metrics_are_measurable_and_fit_a_regression_problem``,
   ``test_classification_metrics_only_for_the_flagging_use_case``
4. a pitch of one paragraph, 40 to 150 words, with a number: ``test_pitch_is_one_short_paragraph_with_a_number``

Rules (roi_timeline):
5. cumulative net per month, payback = first month with cumulative >= 0 (boundary: exactly 0 pays
   back): ``test_roi_timeline_matches_a_worked_example``, ``test_roi_timeline_properties``
6. NPV at the monthly rate that compounds to the annual one:
   ``test_npv_discounts_each_month_at_the_compounding_monthly_rate``
7. ROI undiscounted on the upfront cost, whatever the discount rate: ``test_roi_is_undiscounted_on_the_upfront_cost``
8. no payback within the horizon gives None: ``test_a_project_that_never_pays_back_says_so``
9. every Raises clause: ``test_impossible_inputs_are_rejected``
"""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module8_capstone.business import problem_statement, roi_timeline

WHERE = "katas/module8_capstone/business.py"
REGRESSION_METRICS = ("mae", "mape", "rmse", "median absolute", "r2", "r²", "mean absolute",
                      "percentage error")
DETECTION_WORDS = ("precision", "recall", "f1")

money = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)


def _words(text: str) -> int:
    return len(text.split())


def test_problem_statement_names_the_prediction_and_the_decision():
    statement = problem_statement()
    missing = {"problem", "stakeholders", "use_cases", "success_metrics", "pitch"} - set(statement)
    assert not missing, f"problem_statement ({WHERE}) is missing the keys {sorted(missing)}"
    assert isinstance(statement["problem"], str) and _words(statement["problem"]) >= 15, (
        f"problem_statement ({WHERE}): 'problem' must say in at least 15 words what is predicted, "
        "for whom, and which decision it supports")


def test_stakeholders_and_use_cases_are_concrete():
    statement = problem_statement()
    stakeholders = statement["stakeholders"]
    names = [s.get("name", "").strip().lower() for s in stakeholders]
    assert len(stakeholders) >= 3 and len(set(names)) == len(names) and all(names), (
        f"problem_statement ({WHERE}): list at least three stakeholders with distinct names")
    assert all(str(s.get("need", "")).strip() for s in stakeholders), (
        f"problem_statement ({WHERE}): every stakeholder needs a 'need': what do they get from it?")
    use_cases = statement["use_cases"]
    assert len(use_cases) >= 2 and all(isinstance(u, str) and u.strip() for u in use_cases), (
        f"problem_statement ({WHERE}): give at least two use cases")


def test_success_metrics_are_measurable_and_fit_a_regression_problem():
    metrics = problem_statement()["success_metrics"]
    for kind in ("model", "business", "user"):
        entries = metrics.get(kind) or []
        assert entries, f"problem_statement ({WHERE}): add at least one {kind} success metric"
        vague = [m for m in entries if not re.search(r"\d", m)]
        assert not vague, (
            f"problem_statement ({WHERE}): the {kind} metrics {vague} have no target number: "
            "a success metric says how much, e.g. 'MAE 40% below the baseline'")
        named_accuracy = [m for m in entries if re.search(r"\baccuracy\b", m.lower())]
        assert not named_accuracy, (
            f"problem_statement ({WHERE}): the {kind} metrics {named_accuracy} mention accuracy; no "
            "success metric does: a price is not right or wrong, so say which error and how large")
    model_text = " ".join(metrics["model"]).lower()
    assert any(name in model_text for name in REGRESSION_METRICS), (
        f"problem_statement ({WHERE}): the model metrics must name a regression metric (MAE, "
        "MAPE, log-MAE, RMSE, median absolute error, R²): the target is a price")


def test_classification_metrics_only_for_the_flagging_use_case():
    for metric in problem_statement()["success_metrics"]["model"]:
        text = metric.lower()
        assert not re.search(r"\baccuracy\b", text), (
            f"problem_statement ({WHERE}): {metric!r}: accuracy does not measure a price, and for "
            "rare flags it rewards flagging nothing")
        named = [w for w in DETECTION_WORDS if re.search(rf"\b{w}\b", text)]
        assert not named or "flag" in text, (
            f"problem_statement ({WHERE}): {metric!r} names {named}, which measure a detection task; "
            "say which one (flagging listings far from fair value) or use a price metric")


def test_pitch_is_one_short_paragraph_with_a_number():
    pitch = problem_statement()["pitch"]
    assert "\n\n" not in pitch.strip(), f"problem_statement ({WHERE}): the pitch must be one paragraph"
    assert 40 <= _words(pitch) <= 150, (
        f"problem_statement ({WHERE}): the pitch has {_words(pitch)} words; aim for 40 to 150")
    assert re.search(r"\d", pitch), (
        f"problem_statement ({WHERE}): put a number in the pitch (value, payback, target): "
        "stakeholders fund numbers, not adjectives")


def test_roi_timeline_matches_a_worked_example():
    plan = roi_timeline(10_000, 2_500, 500, months=12, annual_discount_rate=0.0)
    assert plan["cumulative"][:5] == pytest.approx([-8000, -6000, -4000, -2000, 0]), (
        f"roi_timeline ({WHERE}): cumulative net after month m is -upfront + m * (benefit - cost)")
    assert plan["payback_month"] == 5, (
        f"roi_timeline ({WHERE}): the cumulative net reaches 0 in month 5 (1-based), "
        f"got {plan['payback_month']}")
    assert plan["npv"] == pytest.approx(14_000) and plan["roi"] == pytest.approx(1.4)


def test_roi_is_undiscounted_on_the_upfront_cost():
    plan = roi_timeline(50_000, 6_000, 1_000, months=24, annual_discount_rate=0.12)
    assert plan["roi"] == pytest.approx((-50_000 + 24 * 5_000) / 50_000, rel=1e-9), (
        f"roi_timeline ({WHERE}): roi = cumulative net at the horizon / upfront cost, undiscounted "
        f"(1.4 here), got {plan['roi']}; the discount rate changes the NPV only")


def test_npv_discounts_each_month_at_the_compounding_monthly_rate():
    plan = roi_timeline(50_000, 6_000, 1_000, months=24, annual_discount_rate=0.12)
    monthly = 1.12 ** (1 / 12) - 1
    expected = -50_000 + sum(5_000 / (1 + monthly) ** m for m in range(1, 25))
    assert plan["npv"] == pytest.approx(expected, rel=1e-9), (
        f"roi_timeline ({WHERE}): NPV {plan['npv']:.2f} != {expected:.2f}. Discount month m by "
        "(1 + monthly_rate) ** m where monthly_rate = (1 + annual) ** (1/12) - 1, not by the "
        "annual rate per month")
    assert plan["payback_month"] == 10


def test_a_project_that_never_pays_back_says_so():
    plan = roi_timeline(10_000, 500, 800, months=36)
    assert plan["payback_month"] is None, (
        f"roi_timeline ({WHERE}): running costs exceed the benefit, so payback_month must be None")
    assert plan["npv"] < -10_000 and plan["roi"] < -1


@pytest.mark.parametrize("args", [
    pytest.param((0, 100, 10, 12, 0.1), id="zero-upfront-cost"),
    pytest.param((-5, 100, 10, 12, 0.1), id="negative-upfront-cost"),
    pytest.param((1000, -1, 0, 12, 0.1), id="negative-benefit"),
    pytest.param((1000, 100, -1, 12, 0.1), id="negative-running-cost"),
    pytest.param((1000, 100, 10, 0, 0.1), id="zero-months"),
    pytest.param((1000, 100, 10, 12, -1.0), id="discount-rate-of-minus-100-percent"),
])
def test_impossible_inputs_are_rejected(args):
    with must_raise(ValueError, f"roi_timeline ({WHERE}) must refuse upfront={args[0]}, benefit={args[1]}, "
                    f"cost={args[2]}, months={args[3]}, rate={args[4]}"):
        roi_timeline(*args)


@given(upfront=st.floats(1, 1e6), benefit=money, cost=money, months=st.integers(1, 60),
       rate=st.floats(0, 0.5))
@example(upfront=1000.0, benefit=300.0, cost=50.0, months=4, rate=0.1)  # breaks even in month 4 exactly
@example(upfront=1000.0, benefit=0.0, cost=0.0, months=1, rate=0.0)  # never pays back
def test_roi_timeline_properties(upfront, benefit, cost, months, rate):
    plan = roi_timeline(upfront, benefit, cost, months, rate)
    cumulative = plan["cumulative"]
    assert len(cumulative) == months, f"roi_timeline ({WHERE}): one cumulative entry per month"
    net = benefit - cost
    assert cumulative[-1] == pytest.approx(-upfront + months * net, rel=1e-9, abs=1e-6)
    first = next((m for m, total in enumerate(cumulative, 1) if total >= 0), None)
    assert plan["payback_month"] == first, (
        f"roi_timeline ({WHERE}): payback_month must be the first 1-based month with a "
        f"cumulative net >= 0 ({first}), got {plan['payback_month']}")
    assert math.isfinite(plan["npv"]) and math.isfinite(plan["roi"])
    # Discounting shrinks future cash, never grows it.
    if net >= 0:
        assert plan["npv"] <= cumulative[-1] + 1e-6 * max(1.0, abs(cumulative[-1]))
    else:
        assert plan["npv"] >= cumulative[-1] - 1e-6 * max(1.0, abs(cumulative[-1]))
