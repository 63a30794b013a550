"""Kata 0.4: stakeholder_summary states the number, its uncertainty and the model's limits."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from katas.module0_business.stakeholder_summary import (
    JARGON,
    MAX_OWN_WORDS,
    ModelResults,
    stakeholder_summary,
)

WHERE = "stakeholder_summary (katas/module0_business/stakeholder_summary.py)"

FRAUD = ModelResults(
    task="flags fraudulent orders for review",
    catch_rate=0.8, catch_rate_low=0.74, catch_rate_high=0.85, false_alarm_share=0.5,
    monthly_value=40_800,
    will_not_do=("judge orders from countries it has never seen",
                 "replace the fraud team's final decision"),
)
_JARGON_PATTERN = re.compile(r"\b(" + "|".join(map(re.escape, JARGON)) + r")\b", re.IGNORECASE)


def _percent(share: float) -> str:
    return f"{share:.0%}"


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
        false_alarm_share=draw(st.integers(0, 100)) / 100,
        monthly_value=thousands * 1000 + offset,
        will_not_do=tuple(draw(st.lists(_plain_text(10), min_size=1, max_size=3))),
    )


def _missing_facts(results: ModelResults, summary: str) -> list[str]:
    facts = {
        "the task": results.task,
        "the catch rate": _percent(results.catch_rate),
        "the low end of its interval": _percent(results.catch_rate_low),
        "the high end of its interval": _percent(results.catch_rate_high),
        "the false-alarm share": _percent(results.false_alarm_share),
        "the monthly value in dollars": _dollars(results.monthly_value),
        **{f"limitation {i + 1}": item for i, item in enumerate(results.will_not_do)},
    }
    return [f"{name} ({text!r})" for name, text in facts.items() if text not in summary]


def test_the_fraud_summary_states_every_required_fact():
    summary = stakeholder_summary(FRAUD)
    missing = _missing_facts(FRAUD, summary)
    assert not missing, (
        f"{WHERE} left out {', '.join(missing)}. A stakeholder needs the number in business "
        f"units, how sure we are, and what the model will not do. Summary: {summary!r}")


def test_money_is_rounded_to_thousands_and_losses_are_marked():
    for value, text in [(40_800, "$41,000"), (1_234_567, "$1,235,000"), (-2_600, "-$3,000")]:
        summary = stakeholder_summary(ModelResults(**{**FRAUD.__dict__, "monthly_value": value}))
        assert text in summary, (
            f"{WHERE} must write a monthly value of {value} as {text!r} (nearest thousand, "
            f"thousands separators, a loss with a leading minus). Summary: {summary!r}")


def test_no_jargon_reaches_the_stakeholder():
    summary = stakeholder_summary(FRAUD)
    found = _JARGON_PATTERN.findall(summary)
    assert not found, (
        f"{WHERE} uses {sorted(set(found))}: say 'catches 80% of the real cases' instead of "
        f"'recall 0.8'. Summary: {summary!r}")


@settings(max_examples=25)
@given(model_results())
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


@pytest.mark.parametrize("change", [
    {"will_not_do": ()},
    {"catch_rate_low": 0.9},
    {"catch_rate_high": 0.7},
    {"catch_rate_high": 1.2},
], ids=["no-limits", "low-above-rate", "high-below-rate", "high-above-100%"])
def test_missing_limits_or_a_broken_interval_raise_value_error(change):
    with pytest.raises(ValueError):
        stakeholder_summary(ModelResults(**{**FRAUD.__dict__, **change}))
