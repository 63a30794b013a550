"""Kata 0.4: stakeholder_summary states the number, its uncertainty and the model's limits.

Rules of the docstrings, each with the test that enforces it:

1. monthly_range: p +/- 1.96 * sqrt(p(1-p)/n + se^2), se = (high - low) / 3.92, clipped to
   [0, 1]: test_monthly_range_of_the_worked_example, test_monthly_range_adds_both_uncertainties,
   test_monthly_range_is_clipped_to_shares.
2. The summary holds the task, the catch rate, both ends of its interval, the month's range,
   the false-alarm share (whole percentages), the money rounded to thousands ("-$3,000" for a
   loss) and every limitation word for word: test_the_fraud_summary_states_every_required_fact,
   test_money_is_rounded_to_thousands_and_losses_are_marked (a value halfway between two
   thousands may go to either: test_a_value_halfway_between_thousands_may_round_either_way),
   test_any_results_give_one_short_jargon_free_paragraph_with_every_fact.
3. No jargon, one paragraph, at most MAX_OWN_WORDS own words: test_no_jargon_reaches_the_stakeholder
   and the property test.
4. ValueError for no limitations, an interval that does not hold the rate (NaN included), fewer than one
   positive a month: test_missing_limits_or_a_broken_interval_raise_value_error,
   test_monthly_range_refuses_a_month_without_real_cases.
"""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module0_business.stakeholder_summary import (
    JARGON,
    MAX_OWN_WORDS,
    ModelResults,
    monthly_range,
    stakeholder_summary,
)

WHERE = "stakeholder_summary (katas/module0_business/stakeholder_summary.py)"
RANGE = "monthly_range (katas/module0_business/stakeholder_summary.py)"

FRAUD = ModelResults(
    task="flags fraudulent orders for review",
    catch_rate=0.8, catch_rate_low=0.74, catch_rate_high=0.85, positives_per_month=200,
    false_alarm_share=0.5,
    monthly_value=40_800,
    will_not_do=("judge orders from countries it has never seen",
                 "replace the fraud team's final decision"),
)
_JARGON_PATTERN = re.compile(r"\b(" + "|".join(map(re.escape, JARGON)) + r")\b", re.IGNORECASE)


def _percent(share: float) -> str:
    return f"{share:.0%}"


def _month_range(results: ModelResults) -> tuple[float, float]:
    p, n = results.catch_rate, results.positives_per_month
    se = (results.catch_rate_high - results.catch_rate_low) / (2 * 1.96)
    spread = 1.96 * math.sqrt(p * (1 - p) / n + se ** 2)
    return max(0.0, p - spread), min(1.0, p + spread)


def _either_rounding(share: float) -> tuple[str, ...]:
    """A computed share as a whole percentage, rounded either way when it sits near a half."""
    return tuple({f"{math.floor(share * 100 + 1e-6)}%", f"{math.ceil(share * 100 - 1e-6)}%"}
                 if abs(share * 100 % 1 - 0.5) < 1e-6 else {_percent(share)})


def _dollars(value: float) -> str:
    rounded = round(value, -3)
    return f"{'-' if rounded < 0 else ''}${abs(rounded):,.0f}"


# Plain words, unicode included; none of them is jargon.
WORDS = ("orders", "cards", "Zürich", "café", "customers", "never", "judge", "new", "seen",
         "sellers", "ポケモン", "refunds", "Ñandú", "42", "replace", "team", "decide", "Flabébé")


def _plain_text(max_size: int):
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=max_size).map(" ".join)


@st.composite
def model_results(draw) -> ModelResults:
    low, catch, high = sorted(draw(st.integers(0, 100)) / 100 for _ in range(3))
    thousands, offset = draw(st.integers(-50, 900)), draw(st.integers(-400, 400))
    return ModelResults(
        task=draw(_plain_text(8)),
        catch_rate=catch, catch_rate_low=low, catch_rate_high=high,
        positives_per_month=draw(st.integers(1, 5_000)),
        false_alarm_share=draw(st.integers(0, 100)) / 100,
        monthly_value=thousands * 1000 + offset,
        will_not_do=tuple(draw(st.lists(_plain_text(10), min_size=1, max_size=3))),
    )


def _missing_facts(results: ModelResults, summary: str) -> list[str]:
    month_low, month_high = _month_range(results)
    facts = {
        "the task": results.task,
        "the catch rate": _percent(results.catch_rate),
        "the low end of its confidence interval": _percent(results.catch_rate_low),
        "the high end of its confidence interval": _percent(results.catch_rate_high),
        "the false-alarm share": _percent(results.false_alarm_share),
        "the monthly value in dollars": _dollars(results.monthly_value),
        **{f"limitation {i + 1}": item for i, item in enumerate(results.will_not_do)},
    }
    missing = [f"{name} ({text!r})" for name, text in facts.items() if text not in summary]
    for name, share in [("the low end of a single month's range", month_low),
                        ("the high end of a single month's range", month_high)]:
        if not any(text in summary for text in _either_rounding(share)):
            missing.append(f"{name} ({_percent(share)!r}, see monthly_range)")
    return missing


def test_monthly_range_of_the_worked_example():
    low, high = monthly_range(FRAUD)
    assert (low, high) == pytest.approx((0.7219, 0.8781), abs=1e-3), (
        f"{RANGE} gave ({low:.4f}, {high:.4f}) for a catch rate of 80% (95% interval 74%-85%) and "
        "200 real cases a month; expected about (0.722, 0.878): 0.8 +/- 1.96 * sqrt(0.8 * 0.2 / 200 "
        "+ ((0.85 - 0.74) / 3.92) ** 2)")


@pytest.mark.parametrize(("n", "low", "high", "expected"), [
    (200, 0.8, 0.8, (0.8 - 1.96 * math.sqrt(0.0008), 0.8 + 1.96 * math.sqrt(0.0008))),
    (10**9, 0.74, 0.85, (0.8 - 0.055, 0.8 + 0.055)),
    (50, 0.6, 0.9, (0.75 - 1.96 * math.sqrt(0.75 * 0.25 / 50 + (0.3 / 3.92) ** 2),
                    0.75 + 1.96 * math.sqrt(0.75 * 0.25 / 50 + (0.3 / 3.92) ** 2))),
], ids=["chance-only", "model-uncertainty-only", "both"])
def test_monthly_range_adds_both_uncertainties(n, low, high, expected):
    catch = 0.75 if n == 50 else 0.8
    results = ModelResults(**{**FRAUD.__dict__, "catch_rate": catch, "catch_rate_low": low,
                              "catch_rate_high": high, "positives_per_month": n})
    got = monthly_range(results)
    assert got == pytest.approx(expected, abs=1e-6), (
        f"{RANGE} gave {got} for catch rate {catch}, interval {low}-{high}, {n} cases a month; "
        f"expected {expected}: add the chance variance p(1-p)/n to the squared standard error "
        "of the long-run rate, (high - low) / 3.92, before the square root")


def test_monthly_range_refuses_a_month_without_real_cases():
    with must_raise(ValueError, f"{RANGE} must refuse positives_per_month = 0 (a month's rate of no "
                                "cases is undefined)"):
        monthly_range(ModelResults(**{**FRAUD.__dict__, "positives_per_month": 0}))


def test_monthly_range_is_clipped_to_shares():
    for catch, low, high, n in [(1.0, 0.95, 1.0, 20), (0.0, 0.0, 0.1, 20), (0.98, 0.9, 1.0, 5)]:
        results = ModelResults(**{**FRAUD.__dict__, "catch_rate": catch, "catch_rate_low": low,
                                  "catch_rate_high": high, "positives_per_month": n})
        got_low, got_high = monthly_range(results)
        assert 0.0 <= got_low <= catch <= got_high <= 1.0, (
            f"{RANGE} gave ({got_low}, {got_high}) for catch rate {catch}: a share of cases lies in "
            "[0, 1], so clip the range there")


def test_the_fraud_summary_states_every_required_fact():
    summary = stakeholder_summary(FRAUD)
    missing = _missing_facts(FRAUD, summary)
    assert not missing, (
        f"{WHERE} left out {', '.join(missing)}. A stakeholder needs the number in business "
        f"units, how sure we are, and what the model will not do. Summary: {summary!r}")


def test_money_is_rounded_to_thousands_and_losses_are_marked():
    for value, text in [(40_800, "$41,000"), (1_234_567, "$1,235,000"), (-2_600, "-$3,000"), (400, "$0")]:
        summary = stakeholder_summary(ModelResults(**{**FRAUD.__dict__, "monthly_value": value}))
        assert text in summary and (text.startswith("-") or f"-{text}" not in summary), (
            f"{WHERE} must write a monthly value of {value} as {text!r} (nearest thousand, "
            f"thousands separators, a leading minus only for a loss). Summary: {summary!r}")


@pytest.mark.parametrize(("value", "either"), [(2_500, ("$2,000", "$3,000")),
                                               (-2_500, ("-$2,000", "-$3,000"))],
                         ids=["halfway-gain", "halfway-loss"])
def test_a_value_halfway_between_thousands_may_round_either_way(value, either):
    summary = stakeholder_summary(ModelResults(**{**FRAUD.__dict__, "monthly_value": value}))
    assert any(text in summary for text in either), (
        f"{WHERE} must write a monthly value of {value} as one of {either} (the nearest thousand; "
        f"halfway, either neighbour is fine). Summary: {summary!r}")


def test_no_jargon_reaches_the_stakeholder():
    summary = stakeholder_summary(FRAUD)
    found = _JARGON_PATTERN.findall(summary)
    assert not found, (
        f"{WHERE} uses {sorted(set(found))}: say 'catches 80% of the real cases' instead of "
        f"'recall 0.8'. Summary: {summary!r}")


@settings(max_examples=25)
@given(model_results())
@example(ModelResults("flags orders", 1.0, 0.97, 1.0, 1, 0.0, -499, ("judge cards",)))
@example(ModelResults("flags orders", 0.0, 0.0, 0.0, 5_000, 1.0, 499, ("judge cards",)))
def test_any_results_give_one_short_jargon_free_paragraph_with_every_fact(results):
    summary = stakeholder_summary(results)
    assert isinstance(summary, str), f"{WHERE} must return a str, got {type(summary).__name__}"
    missing = _missing_facts(results, summary)
    assert not missing, f"{WHERE} left out {', '.join(missing)} for {results}. Summary: {summary!r}"
    assert "\n" not in summary.strip(), f"{WHERE} must write one paragraph, without line breaks: {summary!r}"
    assert not _JARGON_PATTERN.search(summary), f"{WHERE} uses jargon from JARGON: {summary!r}"
    quoted = len(results.task.split()) + sum(len(item.split()) for item in results.will_not_do)
    own_words = len(summary.split()) - quoted
    assert own_words <= MAX_OWN_WORDS, (
        f"{WHERE} used {own_words} words of its own; keep it to {MAX_OWN_WORDS} so it gets read")


BROKEN = {
    "no-limits": ({"will_not_do": ()}, "an empty will_not_do (every model has limits: say them)"),
    "low-above-rate": ({"catch_rate_low": 0.9}, "an interval 90%-85% that does not hold the catch rate 80%"),
    "high-below-rate": ({"catch_rate_high": 0.7}, "an interval 74%-70% that does not hold the catch rate 80%"),
    "high-above-100%": ({"catch_rate_high": 1.2}, "an interval reaching 120%"),
    "low-below-0%": ({"catch_rate_low": -0.1}, "an interval starting at -10%"),
    "nan-catch-rate": ({"catch_rate": float("nan")}, "a catch rate of NaN (not a number, so not within the interval)"),
    "no-positives": ({"positives_per_month": 0}, "0 real cases a month"),
}


@pytest.mark.parametrize("case", BROKEN.values(), ids=BROKEN.keys())
def test_missing_limits_or_a_broken_interval_raise_value_error(case):
    change, what = case
    with must_raise(ValueError, f"{WHERE} must refuse {what}"):
        stakeholder_summary(ModelResults(**{**FRAUD.__dict__, **change}))
