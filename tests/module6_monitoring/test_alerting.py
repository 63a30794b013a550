"""Kata 6.3: alert_states fires on sustained breaches only, at the right severity.

Rules and the tests that enforce them:

1. A reading breaches at or beyond a threshold (inclusive), mirrored when lower is worse, anywhere in the
   float range: ``test_thresholds_are_inclusive``, ``test_lower_is_worse_for_accuracy``,
   ``test_readings_compare_at_the_ends_of_the_float_range``.
2. The state after reading i is the highest level ALL of the last ``sustain`` readings breach:
   a run of ``sustain - 1`` breaches is a blip and never alerts, a run of exactly ``sustain``
   does: ``test_a_run_one_short_of_sustain_is_a_blip``, ``test_a_single_blip_does_not_alert``,
   ``test_a_sustained_breach_alerts_from_the_third_reading``, ``test_a_mixed_window_alerts_at_the_lower_level``,
   ``test_states_match_the_rule_on_any_series``.
3. ``"ok"`` before the first full window: ``test_states_match_the_rule_on_any_series``; ``sustain`` is 3
   by default: ``test_sustain_is_three_by_default``.
4. NaN breaches nothing, so it breaks a run, whichever way is worse: ``test_a_missing_reading_breaks_a_run``,
   ``test_a_missing_reading_breaches_nothing_when_lower_is_worse``.
5. ``Raises: ValueError`` for ``sustain < 1`` and thresholds in the wrong order: ``test_bad_arguments_are_refused``;
   equal thresholds are in order, both ways: ``test_critical_may_equal_warning``.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework import data
from kata_framework.expect import must_raise
from katas.module6_monitoring.alerting import alert_states

WHERE = "alert_states (katas/module6_monitoring/alerting.py)"
RANK = {"ok": 0, "warning": 1, "critical": 2}
readings = st.lists(st.one_of(st.floats(0, 5000), st.just(math.nan)), max_size=40)


def raw_level(value, warning=500, critical=2000):
    return 0 if math.isnan(value) else 2 if value >= critical else 1 if value >= warning else 0


def expected_states(values, sustain, warning=500, critical=2000):
    levels = [raw_level(v, warning, critical) for v in values]
    return [["ok", "warning", "critical"][min(levels[i - sustain + 1:i + 1])] if i + 1 >= sustain
            else "ok" for i in range(len(values))]


def test_a_single_blip_does_not_alert():
    states = alert_states([50, 60, 9000, 55, 50, 4000, 52], warning=500, critical=2000)
    assert states == ["ok"] * 7, (
        f"{WHERE} gave {states} for two isolated spikes: one bad reading is noise; alert only when "
        "`sustain` readings in a row breach")


@pytest.mark.parametrize("sustain", [2, 3, 4])
def test_a_run_one_short_of_sustain_is_a_blip(sustain):
    values = [50] + [900] * (sustain - 1) + [50] + [900] * sustain + [50]
    states = alert_states(values, warning=500, critical=2000, sustain=sustain)
    expected = ["ok"] * (2 * sustain) + ["warning", "ok"]
    assert states == expected, (
        f"{WHERE} gave {states} for {values} with sustain={sustain}: a run of {sustain - 1} breaching readings "
        f"is a blip and must stay ok; the run of exactly {sustain} alerts on its last reading")


def test_a_missing_reading_breaks_a_run():
    states = alert_states([900, 900, math.nan, 900, 900, 900], warning=500, critical=2000, sustain=3)
    assert states == ["ok", "ok", "ok", "ok", "ok", "warning"], (
        f"{WHERE} gave {states}: a missing reading (NaN) breaches nothing, so the two readings before it and the "
        "ones after it are separate runs; only the third breach after the gap completes a run of 3")


def test_a_missing_reading_breaches_nothing_when_lower_is_worse():
    accuracy = [0.5, math.nan, 0.5, math.nan, math.nan]
    states = alert_states(accuracy, warning=0.8, critical=0.65, sustain=2, higher_is_worse=False)
    assert states == ["ok"] * 5, (
        f"{WHERE} gave {states} for accuracy readings {accuracy} (lower is worse, warning 0.8, critical 0.65, "
        "sustain 2): a missing reading breaches nothing in either direction, so no two readings in a row breach. "
        "Note that `not value > threshold` is True for NaN")


def test_a_sustained_breach_alerts_from_the_third_reading():
    states = alert_states([50, 2500, 2600, 2700, 2800, 60], warning=500, critical=2000, sustain=3)
    assert states == ["ok", "ok", "ok", "critical", "critical", "ok"], (
        f"{WHERE} gave {states}: with sustain=3 the state turns critical on the third breaching "
        "reading in a row and returns to ok as soon as a reading is fine")


def test_sustain_is_three_by_default():
    states = alert_states([50, 2100, 60, 900, 950, 2500, 2600, 2700], warning=500, critical=2000)
    assert states == ["ok", "ok", "ok", "ok", "ok", "warning", "warning", "critical"], (
        f"{WHERE} gave {states} for the docstring's example, sustain left at its default: the default is 3, so "
        "the state turns warning on the third breach in a row and critical on the third critical one")


@pytest.mark.parametrize("higher_is_worse", [True, False], ids=["latency", "accuracy"])
def test_readings_compare_at_the_ends_of_the_float_range(higher_is_worse):
    sign = 1.0 if higher_is_worse else -1.0
    values = [sign * 1e308, sign * 1.6e308, sign * 1.7e308]
    states = alert_states(values, warning=sign * 1.5e308, critical=sign * 1.7e308, sustain=1,
                          higher_is_worse=higher_is_worse)
    assert states == ["ok", "warning", "critical"], (
        f"{WHERE} gave {states} for readings {values} with warning {sign * 1.5e308} and critical {sign * 1.7e308} "
        f"(higher_is_worse={higher_is_worse}): compare each reading with the thresholds as they are; scaling both "
        "sides overflows to infinity near the largest float")


def test_a_mixed_window_alerts_at_the_lower_level():
    states = alert_states([900, 2500, 950, 3000], warning=500, critical=2000, sustain=3)
    assert states == ["ok", "ok", "warning", "warning"], (
        f"{WHERE} gave {states}: when every reading in the window breaches warning but not all "
        "breach critical, the state is warning")


@pytest.mark.parametrize("higher_is_worse", [True, False], ids=["latency", "accuracy"])
def test_critical_may_equal_warning(higher_is_worse):
    states = alert_states([0.7, 0.7], warning=0.7, critical=0.7, sustain=2, higher_is_worse=higher_is_worse)
    assert states == ["ok", "critical"], (
        f"{WHERE} gave {states} with warning = critical = 0.7 (higher_is_worse={higher_is_worse}); equal "
        "thresholds are in the right order (critical >= warning, or <= when lower is worse), and a reading at "
        "both breaches the higher level, critical")


@pytest.mark.parametrize("value, higher_is_worse, warning, critical, expected", [
    pytest.param(500, True, 500, 2000, "warning", id="latency-exactly-warning"),
    pytest.param(2000, True, 500, 2000, "critical", id="latency-exactly-critical"),
    pytest.param(499.9, True, 500, 2000, "ok", id="latency-just-below-warning"),
    pytest.param(0.8, False, 0.8, 0.65, "warning", id="accuracy-exactly-warning"),
    pytest.param(0.65, False, 0.8, 0.65, "critical", id="accuracy-exactly-critical"),
])
def test_thresholds_are_inclusive(value, higher_is_worse, warning, critical, expected):
    states = alert_states([value, value], warning=warning, critical=critical, sustain=2,
                          higher_is_worse=higher_is_worse)
    assert states == ["ok", expected], (
        f"{WHERE} gave {states} for two readings of {value} (warning {warning}, critical {critical}, "
        f"higher_is_worse={higher_is_worse}); a reading AT a threshold breaches it")


def test_lower_is_worse_for_accuracy():
    accuracy = [0.87, 0.86, 0.70, 0.69, 0.68, 0.60, 0.59, 0.58]
    states = alert_states(accuracy, warning=0.80, critical=0.65, sustain=3, higher_is_worse=False)
    assert states == ["ok", "ok", "ok", "ok", "warning", "warning", "warning", "critical"], (
        f"{WHERE} gave {states} for falling accuracy: with higher_is_worse=False a reading "
        "breaches when it is at or below the threshold")


@given(values=readings, sustain=st.integers(1, 5))
@example(values=[600, 600, 50, 600, 600, 600], sustain=3).via("a blip of two, then a run of three")
@example(values=[2500, math.nan, 2500], sustain=2).via("NaN inside a run")
def test_states_match_the_rule_on_any_series(values, sustain):
    states = alert_states(values, warning=500, critical=2000, sustain=sustain)
    assert states == expected_states(values, sustain), (
        f"{WHERE} gave {states} for {values} with sustain={sustain}; expected "
        f"{expected_states(values, sustain)}. NaN breaches nothing")


@given(values=readings)
@example(values=[500, 2000, 499, math.nan]).via("each threshold exactly, just below, and NaN")
def test_sustain_one_is_the_raw_level_and_longer_never_alerts_more(values):
    one = alert_states(values, warning=500, critical=2000, sustain=1)
    assert [RANK[s] for s in one] == [raw_level(v) for v in values], (
        f"{WHERE} with sustain=1 must give each reading's own level")
    three = alert_states(values, warning=500, critical=2000, sustain=3)
    assert all(RANK[a] <= RANK[b] for a, b in zip(three, one)), (
        f"{WHERE}: requiring a longer breach can never raise the alert level")


@pytest.mark.parametrize("kwargs, why", [
    pytest.param({"warning": 500, "critical": 2000, "sustain": 0}, "sustain=0", id="sustain-0"),
    pytest.param({"warning": 500, "critical": 2000, "sustain": 0, "values": []}, "sustain=0, even with no readings",
                 id="sustain-0-no-readings"),
    pytest.param({"warning": 2000, "critical": 500}, "a critical latency below the warning one",
                 id="critical-below-warning"),
    pytest.param({"warning": 0.6, "critical": 0.8, "higher_is_worse": False},
                 "a critical accuracy above the warning one", id="accuracy-critical-above-warning"),
])
def test_bad_arguments_are_refused(kwargs, why):
    kwargs = {"values": [1.0], **kwargs}
    with must_raise(ValueError, f"{WHERE} must refuse {why}"):
        alert_states(**kwargs)


def test_the_latency_incident_turns_critical_after_the_deploy():
    requests = data.incident("latency_spike/requests")
    per_minute = requests.set_index("timestamp")["latency_ms"].resample("1min").median()
    states = pd.Series(alert_states(per_minute.tolist(), warning=200, critical=1000), index=per_minute.index)
    first_critical = states[states == "critical"].index.min()
    deploy = requests.loc[requests["model_version"] == "v2.4.0", "timestamp"].min()
    assert deploy <= first_critical <= deploy + pd.Timedelta(minutes=5), (
        f"{WHERE}: on the latency incident the first critical minute is {first_critical}, the bad "
        f"deploy was at {deploy}")
