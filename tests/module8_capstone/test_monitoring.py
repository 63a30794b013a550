"""Kata 8.7: PSI drift detection finds the drifted columns, alerts ignore blips, runbooks are usable.

Rules (population_stability_index):
1. PSI = sum((c - r) ln(c / r)): ``test_psi_worked_example``
2. 0 for the same data: ``test_psi_is_zero_for_the_same_data``
3. shares floored at 1e-4: finite when a bin empties: ``test_psi_stays_finite_when_a_bin_empties``
4. a category seen only in the current batch is a bin of its own: ``test_a_category_new_in_the_batch_counts``
5. quantile edges from the reference only: ``test_bins_come_from_the_reference``,
   ``test_bins_are_quantiles_not_equal_widths``; booleans one bin per value: ``test_booleans_get_one_bin_per_value``
6. missing values a bin of their own; finite and >= 0: ``test_psi_is_finite_and_non_negative_with_missing_values``,
   ``test_missing_values_are_a_bin``
7. Raises: empty series, bins < 2: ``test_psi_rejects_impossible_inputs``

Rules (drift_report):
8. one row per column, sorted by psi: ``test_drift_report_is_quiet_on_data_from_the_same_market``
9. levels at or above their thresholds: ``test_drift_report_finds_exactly_the_drifted_columns``,
   ``test_drift_level_boundary_is_inclusive``
10. Raises when critical <= warning: ``test_drift_report_needs_ordered_thresholds``

Rules (alert_thresholds): 11. the four keys, 0 < warning < critical, a relative-error ratio:
``test_alert_thresholds_are_ordered``

Rules (alert_level): 12. the last ``consecutive`` values all at or above a threshold, Raises:
``test_alert_level_ignores_a_one_off_blip``, ``test_alert_level_matches_its_definition``

Rules (runbooks): 13. two or more, complete, triggers are threshold keys: ``test_runbooks_are_actionable``
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module8_capstone.monitoring import (
    alert_level,
    alert_thresholds,
    drift_report,
    population_stability_index,
    runbooks,
)

WHERE = "katas/module8_capstone/monitoring.py"
MONITORED = ["hp", "attack", "grade", "rarity", "language", "is_holo"]


@pytest.fixture
def halves(card_sales):
    cards = card_sales.astype({"grade": "Int64"})
    return cards.iloc[::2].reset_index(drop=True), cards.iloc[1::2].reset_index(drop=True)


def test_psi_worked_example():
    reference = pd.Series(["a"] * 50 + ["b"] * 50)
    current = pd.Series(["a"] * 80 + ["b"] * 20)
    expected = 0.3 * math.log(0.8 / 0.5) + (-0.3) * math.log(0.2 / 0.5)
    assert population_stability_index(reference, current) == pytest.approx(expected, rel=1e-6), (
        f"population_stability_index ({WHERE}): PSI = sum((c - r) * ln(c / r)) over the bins")


def test_psi_is_zero_for_the_same_data(halves):
    train, _ = halves
    for column in MONITORED:
        psi = population_stability_index(train[column], train[column].copy())
        assert psi == pytest.approx(0.0, abs=1e-9), (
            f"population_stability_index ({WHERE}): {column} against itself gives {psi}, expected 0")


def test_psi_stays_finite_when_a_bin_empties():
    reference = pd.Series(np.linspace(0, 1, 200))
    for current in (pd.Series(np.full(100, 5.0)), pd.Series(np.full(100, -3.0))):
        psi = population_stability_index(reference, current)
        assert math.isfinite(psi) and psi > 0.25, (
            f"population_stability_index ({WHERE}) gave {psi} when every current value falls "
            "in one bin: floor the shares at 1e-4 so the result is large but finite")
    psi = population_stability_index(pd.Series(["English"] * 90 + ["Japanese"] * 10),
                                     pd.Series(["Korean"] * 100))
    assert math.isfinite(psi) and psi > 0.25, (
        f"population_stability_index ({WHERE}): a category never seen in training must give a "
        f"large finite PSI, got {psi}")


def test_a_category_new_in_the_batch_counts():
    reference = pd.Series(["English"] * 60 + ["Japanese"] * 40)
    current = pd.Series(["English"] * 48 + ["Japanese"] * 32 + ["Korean"] * 20)
    psi = population_stability_index(reference, current)
    expected = (0.2 - 1e-4) * math.log(0.2 / 1e-4) + 2 * 0.0  # the two known shares shrink by 20%
    expected += -0.12 * math.log(0.8) + -0.08 * math.log(0.8)
    assert psi == pytest.approx(expected, rel=1e-3), (
        f"population_stability_index ({WHERE}) gave {psi:.3f} when 20% of the batch is a language "
        f"never seen in training; expected {expected:.3f}: a category seen only in the current "
        "batch is a bin of its own, with the reference share floored at 1e-4")


def test_bins_come_from_the_reference():
    reference = pd.Series(np.arange(100, dtype=float))
    current = pd.Series(np.arange(100, dtype=float) + 50)  # half of it above every reference value
    psi = population_stability_index(reference, current, bins=4)
    shares_ref, shares_cur = np.array([0.25] * 4), np.array([0.0, 0.0, 0.25, 0.75])
    shares_cur = np.clip(shares_cur, 1e-4, None)
    expected = float(np.sum((shares_cur - shares_ref) * np.log(shares_cur / shares_ref)))
    assert psi == pytest.approx(expected, rel=1e-3), (
        f"population_stability_index ({WHERE}) gave {psi:.3f}, expected {expected:.3f}: the quartile "
        "edges come from the reference alone (outer edges at ±inf), never from the current batch")


def test_bins_are_quantiles_not_equal_widths():
    # Four clusters of 25 values: 1-2, 10-11, 100-101, 1000-1001. The quartile edges fall in the
    # gaps between the clusters (whatever the interpolation); equal-width edges over 1-1001 would
    # put the first three clusters in one bin.
    reference = pd.Series(np.concatenate([np.linspace(low, low + 1, 25) for low in (1, 10, 100, 1000)]))
    current = pd.Series([1.5] * 50 + [10.5] * 50)  # the two cheapest quarters only
    psi = population_stability_index(reference, current, bins=4)
    shares_ref, shares_cur = np.array([0.25] * 4), np.clip(np.array([0.5, 0.5, 0.0, 0.0]), 1e-4, None)
    expected = float(np.sum((shares_cur - shares_ref) * np.log(shares_cur / shares_ref)))
    assert psi == pytest.approx(expected, rel=1e-3), (
        f"population_stability_index ({WHERE}) gave {psi:.3f}, expected {expected:.3f}: numeric bins are "
        "quantiles of the reference (each holds the same share of it), not equal widths over its range")


@pytest.mark.parametrize("always", [False, True], ids=["never-true-flag", "always-true-flag"])
def test_booleans_get_one_bin_per_value(always):
    # Quantile edges of a constant reference put both values in one bin on one side of the edge or
    # the other, depending on which end the bins include: the two cases catch either way.
    reference = pd.Series([always] * 100)
    current = pd.Series([always] * 50 + [not always] * 50)
    psi = population_stability_index(reference, current)
    expected = (0.5 - 1.0) * math.log(0.5 / 1.0) + (0.5 - 1e-4) * math.log(0.5 / 1e-4)
    assert psi == pytest.approx(expected, rel=1e-3), (
        f"population_stability_index ({WHERE}) gave {psi:.3f} when half of a flag that was always "
        f"{always} turned {not always}; expected {expected:.3f}: booleans get one bin per value, "
        "not numeric quantile bins")


def test_missing_values_are_a_bin():
    reference = pd.Series([1.0, 2.0, 3.0, 4.0] * 25)
    current = pd.Series([1.0, 2.0, 3.0, 4.0] * 20 + [np.nan] * 20)
    psi = population_stability_index(reference, current, bins=4)
    expected = (0.2 - 1e-4) * math.log(0.2 / 1e-4) + 4 * (-0.05 * math.log(0.8))
    assert psi == pytest.approx(expected, rel=1e-3), (
        f"population_stability_index ({WHERE}) gave {psi:.3f} when 20% of the batch is missing; "
        f"expected {expected:.3f}: missing values are a bin of their own, not dropped")


@pytest.mark.parametrize("reference, current, bins", [
    pytest.param(pd.Series([], dtype=float), pd.Series([1.0]), 10, id="empty-reference"),
    pytest.param(pd.Series([1.0]), pd.Series([], dtype=float), 10, id="empty-current"),
    pytest.param(pd.Series([1.0, 2.0]), pd.Series([1.0]), 1, id="one-bin"),
])
def test_psi_rejects_impossible_inputs(reference, current, bins):
    with must_raise(ValueError, f"population_stability_index ({WHERE}) must refuse {len(reference)} "
                    f"reference and {len(current)} current values with bins={bins}"):
        population_stability_index(reference, current, bins=bins)


#: The explore profile's 1000 examples would not fit in the timeout of the pandas-heavy tests.
at_most_300_examples = settings(max_examples=min(settings.default.max_examples, 300))
values = st.one_of(st.none(), st.just(float("nan")), st.floats(-1e6, 1e6))


@at_most_300_examples
@given(st.lists(values, min_size=1, max_size=40), st.lists(values, min_size=1, max_size=40))
@example([None], [1.0])
@example([1.0, 1.0], [1.0, 1.0])
def test_psi_is_finite_and_non_negative_with_missing_values(reference, current):
    psi = population_stability_index(pd.Series(reference, dtype=float), pd.Series(current, dtype=float))
    assert math.isfinite(psi) and psi >= -1e-12, (
        f"population_stability_index ({WHERE}) returned {psi} for {reference} vs {current}: "
        "missing values are a bin of their own and every result is finite and >= 0")


def test_drift_report_is_quiet_on_data_from_the_same_market(halves):
    train, same = halves
    report = drift_report(train, same, MONITORED)
    assert set(report["column"]) == set(MONITORED) and len(report) == len(MONITORED)
    noisy = report.loc[report["level"] != "ok", "column"].tolist()
    assert not noisy, f"drift_report ({WHERE}) raised {noisy} on two samples of the same sales:\n{report}"
    assert report["psi"].is_monotonic_decreasing, f"drift_report ({WHERE}): sort by psi, largest first"


def test_drift_report_finds_exactly_the_drifted_columns(halves):
    train, batch = halves
    rng = np.random.default_rng(0)
    drifted = batch.assign(
        grade=pd.array(np.full(len(batch), 10), dtype="Int64"),
        language=np.where(rng.random(len(batch)) < 0.7, "Japanese", batch["language"]),
        hp=batch["hp"] + 40,
    )
    report = drift_report(train, drifted, MONITORED).set_index("column")
    critical = set(report.index[report["level"] == "critical"])
    assert critical == {"grade", "language", "hp"}, (
        f"drift_report ({WHERE}): the batch drifts grade, language and hp; flagged critical "
        f"{sorted(critical)}:\n{report}")
    assert (report.loc[["attack", "rarity", "is_holo"], "level"] == "ok").all()


def test_drift_level_boundary_is_inclusive():
    reference = pd.DataFrame({"language": ["English"] * 50 + ["Japanese"] * 50})
    current = pd.DataFrame({"language": ["English"] * 80 + ["Japanese"] * 20})
    psi = population_stability_index(reference["language"], current["language"])
    for warning, critical, level in ((psi, psi + 1, "warning"), (psi / 2, psi, "critical")):
        got = drift_report(reference, current, ["language"], warning=warning, critical=critical)["level"].iloc[0]
        assert got == level, (
            f"drift_report ({WHERE}): a PSI exactly at the {level} threshold is {level!r} (at or "
            f"above), got {got!r}")


@pytest.mark.parametrize("warning, critical", [(0.3, 0.2), (0.2, 0.2)], ids=["reversed", "equal"])
def test_drift_report_needs_ordered_thresholds(halves, warning, critical):
    train, batch = halves
    with must_raise(ValueError, f"drift_report ({WHERE}) must refuse warning={warning}, critical={critical}"):
        drift_report(train, batch, ["hp"], warning=warning, critical=critical)


def test_alert_thresholds_are_ordered():
    thresholds = alert_thresholds()
    missing = {"psi", "log_mae_ratio", "p99_latency_ms", "error_rate"} - set(thresholds)
    assert not missing, f"alert_thresholds ({WHERE}) is missing {sorted(missing)}"
    for name, levels in thresholds.items():
        assert 0 < levels["warning"] < levels["critical"], (
            f"alert_thresholds ({WHERE}): {name} needs 0 < warning < critical, got {levels}")
    assert 0.05 <= thresholds["psi"]["warning"] and thresholds["psi"]["critical"] <= 0.5
    assert thresholds["log_mae_ratio"]["warning"] > 1, (
        f"alert_thresholds ({WHERE}): log_mae_ratio warning must be above 1 (live relative error "
        "above validation's)")


def test_alert_level_ignores_a_one_off_blip():
    assert alert_level([50, 50, 2000, 50], warning=300, critical=1000) == "ok", (
        f"alert_level ({WHERE}): one spike is not an incident; alert when the last "
        "`consecutive` values all cross the threshold")
    assert alert_level([50, 2000, 2000, 2000], 300, 1000) == "critical"
    assert alert_level([50, 400, 2000, 1500], 300, 1000) == "warning"
    assert alert_level([2000, 2000], 300, 1000) == "ok"
    assert alert_level([2000], 300, 1000, consecutive=1) == "critical"
    assert alert_level([300, 300, 300], 300, 1000) == "warning", (
        f"alert_level ({WHERE}): values exactly at the warning threshold reach it")
    for bad in ({"warning": 5, "critical": 5}, {"warning": 5, "critical": 9, "consecutive": 0}):
        with must_raise(ValueError, f"alert_level ({WHERE}) must refuse {bad}"):
            alert_level([1, 2, 3], **bad)


@given(st.lists(st.floats(0, 3000), max_size=12), st.integers(1, 4))
@example([1000.0, 1000.0, 1000.0], 3)
@example([300.0, 2000.0], 2)
def test_alert_level_matches_its_definition(history, consecutive):
    level = alert_level(history, 300, 1000, consecutive)
    recent = history[-consecutive:] if len(history) >= consecutive else []
    expected = ("critical" if recent and min(recent) >= 1000 else
                "warning" if recent and min(recent) >= 300 else "ok")
    assert level == expected, (
        f"alert_level ({WHERE}) said {level!r} for {history} (consecutive={consecutive}), expected {expected!r}")


def test_runbooks_are_actionable():
    books = runbooks()
    keys = set(alert_thresholds())
    assert len(books) >= 2, f"runbooks ({WHERE}): write at least two"
    assert len({b["title"] for b in books}) == len(books) and len({b["trigger"] for b in books}) >= 2, (
        f"runbooks ({WHERE}): distinct titles, and at least two different triggers")
    for book in books:
        title = book.get("title")
        assert book.get("trigger") in keys, (
            f"runbooks ({WHERE}): {title!r} is triggered by {book.get('trigger')!r}, not a key of alert_thresholds")
        assert book.get("severity") in ("warning", "critical")
        assert len(book.get("diagnosis", [])) >= 3 and len(book.get("mitigation", [])) >= 2, (
            f"runbooks ({WHERE}): {title!r} needs at least three diagnosis and two mitigation steps")
        assert str(book.get("rollback", "")).strip() and str(book.get("owner", "")).strip(), (
            f"runbooks ({WHERE}): {title!r} needs a rollback and an owner")
