"""Kata 6.2: detect_drift picks a test per column type, corrects for multiple testing and reports
an effect size beside every p-value.

Rules and the tests that enforce them:

1. Numbers (not bool) get KS, everything else (text, category, bool) chi-squared:
   ``test_the_test_is_chosen_by_column_type``, ``test_a_bool_column_gets_chi_squared``.
2. Statistics and p-values are scipy's (Yates' correction on a 2 x 2 table optional):
   ``test_statistics_match_scipy``, ``test_a_bool_column_gets_chi_squared``.
3. Every category seen in either sample counts (0 where absent, the statistic is scipy's on that
   table), and only those (a categorical dtype's unused categories do not; one category seen gives
   effect size 0): ``test_a_category_seen_in_only_one_sample_is_counted``,
   ``test_categories_seen_in_neither_sample_do_not_count``, ``test_a_category_seen_once_counts``.
4. NaN is dropped before testing, numbers and categories alike: ``test_nan_is_dropped_before_testing``;
   column by column, so a NaN in one column keeps that row's values in the others:
   ``test_a_nan_in_one_column_keeps_the_rows_values_in_the_others``.
5. Bonferroni (or Holm) at ``alpha / len(columns)``: ``test_flags_exactly_the_drifted_columns``,
   ``test_the_threshold_is_divided_by_the_number_of_columns``,
   ``test_the_smallest_p_value_is_compared_with_alpha_over_the_number_of_columns``, Holm stopping at
   its first miss: ``test_holm_stops_at_the_first_p_value_it_cannot_reject``; strictly below:
   ``test_a_p_value_exactly_at_the_threshold_is_not_drift``.
6. The effect size is KS D or Cramér's V, and ``min_effect`` silences significant but tiny shifts
   (an effect exactly at ``min_effect`` still alarms): ``test_effect_sizes_are_ks_d_and_cramers_v``,
   V's n the values present (NaN dropped): ``test_cramers_v_counts_the_values_present``,
   ``test_a_large_batch_with_a_trivial_shift_is_not_an_alarm``.
7. One row per column in order with ``RESULT_COLUMNS``; identical samples never drift; inputs
   untouched; ``Raises: ValueError`` for a missing or empty column:
   ``test_flags_exactly_the_drifted_columns``, ``test_a_batch_identical_to_the_reference_has_no_drift``,
   ``test_inputs_are_not_modified``, ``test_missing_or_empty_columns_are_refused``.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from scipy.stats import chi2_contingency, ks_2samp

from data.generate_dataset import DRIFTED_COLUMNS, MONITORED_COLUMNS
from kata_framework import data
from kata_framework.expect import must_raise
from kata_framework.strategies import TYPES
from katas.module6_monitoring.drift import RESULT_COLUMNS, detect_drift

WHERE = "detect_drift (katas/module6_monitoring/drift.py)"
EXPECTED_COLUMNS = ["column", "test", "statistic", "p_value", "effect_size", "drifted"]


@pytest.fixture(scope="module")
def shared_reference():
    return data.production_batch("reference")


@pytest.fixture
def reference(shared_reference):
    return shared_reference.copy()


@pytest.mark.parametrize("batch", sorted(DRIFTED_COLUMNS))
def test_flags_exactly_the_drifted_columns(reference, batch):
    report = detect_drift(reference, data.production_batch(batch), list(MONITORED_COLUMNS))
    assert list(report.columns) == EXPECTED_COLUMNS and report["column"].tolist() == MONITORED_COLUMNS, (
        f"{WHERE} must return one row per monitored column, in order, with columns {EXPECTED_COLUMNS}")
    assert list(RESULT_COLUMNS) == EXPECTED_COLUMNS, f"RESULT_COLUMNS must stay {EXPECTED_COLUMNS}"
    flagged = set(report.loc[report["drifted"].astype(bool), "column"])
    expected = set(DRIFTED_COLUMNS[batch])
    extra, missed = sorted(flagged - expected), sorted(expected - flagged)
    assert not extra and not missed, (
        f"{WHERE} on {batch}: flagged {sorted(flagged)}, the generator drifted {sorted(expected)}. "
        + (f"False alarms {extra}: with {len(MONITORED_COLUMNS)} tests per batch, compare each "
           "p-value with alpha / number of columns (Bonferroni). " if extra else "")
        + (f"Missed {missed}: check which test each column type gets." if missed else ""))


def test_the_test_is_chosen_by_column_type(reference):
    report = detect_drift(reference, data.production_batch("batch_04"), ["type1", "hp", "generation"])
    tests = dict(zip(report["column"], report["test"], strict=True))
    assert tests == {"type1": "chi2", "hp": "ks", "generation": "ks"}, (
        f"{WHERE} chose {tests}: numbers get the KS test, categories the chi-squared test")


def test_a_bool_column_gets_chi_squared():
    before = pd.DataFrame({"is_legendary": np.array([True] * 80 + [False] * 920)})
    after = pd.DataFrame({"is_legendary": np.array([True] * 200 + [False] * 800)})
    report = detect_drift(before, after, ["is_legendary"]).iloc[0]
    assert report["test"] == "chi2", (
        f"{WHERE} ran {report['test']!r} on a bool column: pandas counts bool as numeric, but True/False are two "
        "categories; test them with chi-squared (check is_bool_dtype before is_numeric_dtype)")
    table = np.array([[920, 80], [800, 200]])
    accepted = [chi2_contingency(table, correction=c)[:2] for c in (True, False)]
    assert any(np.isclose(report["statistic"], s) and np.isclose(report["p_value"], p, rtol=1e-6, atol=0)
               for s, p in accepted), (
        f"{WHERE}: for a bool column with 8% True in the reference and 20% in the batch, chi2_contingency on "
        f"the 2 x 2 table gives {accepted[0][0]:.2f} (Yates-corrected, scipy's default) or {accepted[1][0]:.2f}; "
        f"got {report['statistic']:.2f}")


def test_statistics_match_scipy(reference):
    current = data.production_batch("batch_06")
    report = detect_drift(reference, current, ["defense", "type1"]).set_index("column")
    ks = ks_2samp(reference["defense"], current["defense"])
    assert np.isclose(report.loc["defense", "statistic"], ks.statistic) and np.isclose(
        report.loc["defense", "p_value"], ks.pvalue, rtol=1e-6, atol=0), (
        f"{WHERE}: the KS statistic and p-value for defense differ from scipy.stats.ks_2samp")
    table = pd.crosstab(pd.concat([reference["type1"], current["type1"]]),
                        np.repeat([0, 1], [len(reference), len(current)]))
    chi2, p_value, _, _ = chi2_contingency(table.to_numpy())
    assert np.isclose(report.loc["type1", "statistic"], chi2) and np.isclose(
        report.loc["type1", "p_value"], p_value, rtol=1e-6, atol=0), (
        f"{WHERE}: the chi-squared statistic for type1 differs from scipy.stats.chi2_contingency "
        "on the table of counts per type")


def test_effect_sizes_are_ks_d_and_cramers_v(reference):
    current = data.production_batch("batch_06")
    report = detect_drift(reference, current, ["defense", "type1"]).set_index("column")
    d = ks_2samp(reference["defense"], current["defense"]).statistic
    assert np.isclose(report.loc["defense", "effect_size"], d), (
        f"{WHERE}: the effect size of a numeric column is the KS statistic D ({d:.4f}); got "
        f"{report.loc['defense', 'effect_size']:.4f}")
    table = pd.crosstab(pd.concat([reference["type1"], current["type1"]]),
                        np.repeat([0, 1], [len(reference), len(current)])).to_numpy()
    v = math.sqrt(chi2_contingency(table)[0] / table.sum())
    assert np.isclose(report.loc["type1", "effect_size"], v), (
        f"{WHERE}: the effect size of a category column is Cramér's V, sqrt(chi2 / n) for a 2 x k table "
        f"({v:.4f}); got {report.loc['type1', 'effect_size']:.4f}")


def test_a_category_seen_in_only_one_sample_is_counted():
    reference = pd.DataFrame({"type1": ["Water"] * 50 + ["Fire"] * 50})
    current = pd.DataFrame({"type1": ["Water"] * 40 + ["Fire"] * 40 + ["Shadow"] * 20})  # old shares unchanged
    report = detect_drift(reference, current, ["type1"])
    assert bool(report["drifted"].iloc[0]), (
        f"{WHERE} missed a new category, Shadow, that makes up a fifth of the batch (Water and Fire keep equal "
        "shares): count every category seen in either sample, with 0 where it is absent")
    statistic, p_value, _, _ = chi2_contingency(np.array([[50, 50, 0], [40, 40, 20]]))
    got_statistic, got_p_value = report["statistic"].iloc[0], report["p_value"].iloc[0]
    assert got_statistic == pytest.approx(statistic) and got_p_value == pytest.approx(p_value), (
        f"{WHERE} gave chi2 {report['statistic'].iloc[0]:.3f}; the table of counts is Water 50/40, Fire 50/40, "
        f"Shadow 0/20 (a category absent from a sample counts 0 there, not 1), whose chi2 is {statistic:.3f}")


def test_categories_seen_in_neither_sample_do_not_count():
    kinds = pd.CategoricalDtype(["Water", "Fire", "Shadow", "Ghost"])  # Ghost occurs in neither sample
    reference = pd.DataFrame({"type1": pd.Series(["Water"] * 50 + ["Fire"] * 50, dtype=kinds)})
    current = pd.DataFrame({"type1": pd.Series(["Water"] * 40 + ["Fire"] * 40 + ["Shadow"] * 20, dtype=kinds)})
    report = detect_drift(reference, current, ["type1"]).iloc[0]
    statistic, p_value, _, _ = chi2_contingency(np.array([[50, 50, 0], [40, 40, 20]]))
    assert report["statistic"] == pytest.approx(statistic) and report["p_value"] == pytest.approx(p_value), (
        f"{WHERE} gave chi2 {report['statistic']:.3f} on a categorical column whose dtype also lists Ghost, seen in "
        f"neither sample; the table holds the categories SEEN in either sample (Water, Fire, Shadow), chi2 "
        f"{statistic:.3f}. value_counts() of a categorical lists unused categories with count 0: drop them")
    only_water = pd.DataFrame({"type1": pd.Series(["Water"] * 30, dtype=kinds)})
    single = detect_drift(only_water, only_water.copy(), ["type1"]).iloc[0]
    got = (single["statistic"], single["p_value"], single["effect_size"], bool(single["drifted"]))
    assert got == (0, 1, 0, False), (
        f"{WHERE} on a categorical column where only Water occurs gave (statistic, p-value, effect size, drifted) "
        f"= {got}: with one category seen nothing can have moved; scipy's chi-squared on that 2 x 1 table is 0 "
        "with p-value 1, and the effect size is 0")


def test_a_category_seen_once_counts():
    reference = pd.DataFrame({"type1": ["Water"] * 30 + ["Fire"] * 30})
    current = pd.DataFrame({"type1": ["Water"] * 30 + ["Fire"] * 29 + ["Shadow"]})
    report = detect_drift(reference, current, ["type1"]).iloc[0]
    statistic = chi2_contingency(np.array([[30, 30, 0], [30, 29, 1]]))[0]
    assert report["statistic"] == pytest.approx(statistic), (
        f"{WHERE} gave chi2 {report['statistic']:.4f}; Shadow occurs once in the batch and never in the reference, "
        f"and still counts: the table is Water 30/30, Fire 30/29, Shadow 0/1, chi2 {statistic:.4f}")


@pytest.mark.parametrize("kind", ["number", "category"])
def test_nan_is_dropped_before_testing(kind):
    rng = np.random.default_rng(4)
    if kind == "number":
        before = pd.Series(rng.normal(50, 10, 400))
        after = pd.Series(np.concatenate([rng.normal(70, 10, 300), [np.nan] * 100]))
        same = pd.Series(np.concatenate([rng.normal(50, 10, 300), [np.nan] * 300]))
    else:
        before = pd.Series(rng.choice(["Water", "Fire"], 400, p=[0.5, 0.5]), dtype=object)
        after = pd.Series(list(rng.choice(["Water", "Fire"], 300, p=[0.9, 0.1])) + [None] * 100, dtype=object)
        same = pd.Series(list(rng.choice(["Water", "Fire"], 300, p=[0.5, 0.5])) + [None] * 300, dtype=object)
    shifted = detect_drift(pd.DataFrame({"x": before}), pd.DataFrame({"x": after}), ["x"]).iloc[0]
    assert bool(shifted["drifted"]) and not math.isnan(shifted["p_value"]), (
        f"{WHERE} on a {kind} column that clearly moved, with a quarter of the batch missing, gave p-value "
        f"{shifted['p_value']}: drop NaN from both samples before testing (ks_2samp propagates NaN)")
    unchanged = detect_drift(pd.DataFrame({"x": before}), pd.DataFrame({"x": same}), ["x"]).iloc[0]
    assert not bool(unchanged["drifted"]), (
        f"{WHERE} flagged a {kind} column whose present values did not move, only because half the batch is "
        "missing: NaN is dropped, not counted as a category or a value")


def test_a_nan_in_one_column_keeps_the_rows_values_in_the_others():
    rng = np.random.default_rng(12)
    reference = pd.DataFrame({"hp": rng.normal(50, 10, 200), "type1": rng.choice(["Water", "Fire"], 200),
                              "speed": rng.normal(60, 10, 200)})
    current = pd.DataFrame({"hp": rng.normal(55, 10, 200), "type1": rng.choice(["Water", "Fire"], 200, p=[0.7, 0.3]),
                            "speed": rng.normal(60, 10, 200)})
    reference.loc[reference.index[:80], "speed"] = np.nan  # speed is missing in 80 reference rows
    current.loc[current.index[::2], "speed"] = np.nan      # and in every other batch row
    report = detect_drift(reference, current, ["hp", "type1", "speed"]).set_index("column")
    ks = ks_2samp(reference["hp"], current["hp"]).statistic
    table = pd.concat([reference["type1"].value_counts(), current["type1"].value_counts()], axis=1).fillna(0)
    chi2 = chi2_contingency(table.to_numpy().T)[0]  # with Yates' correction; without it is accepted too
    uncorrected = chi2_contingency(table.to_numpy().T, correction=False)[0]
    got = report.loc["type1", "statistic"]
    assert report.loc["hp", "statistic"] == pytest.approx(ks) and (
        got == pytest.approx(chi2) or got == pytest.approx(uncorrected)), (
        f"{WHERE} gave hp D = {report.loc['hp', 'statistic']:.4f} and type1 chi2 = {report.loc['type1', 'statistic']:.4f}"
        f"; on all 200 rows of each sample they are {ks:.4f} and {chi2:.4f}. speed is missing in some rows, and "
        "only speed's own NaN are dropped: drop NaN column by column (series.dropna()), not the whole row "
        "(frame.dropna(subset=columns))")


def test_the_threshold_is_divided_by_the_number_of_columns():
    rng = np.random.default_rng(8)
    before = pd.DataFrame({f"c{i}": rng.normal(0, 1, 300) for i in range(10)})
    after = pd.DataFrame({f"c{i}": rng.normal(0, 1, 300) for i in range(10)})
    after["c0"] = after["c0"] + 0.15  # a shift whose p-value lies between 0.005 and 0.05
    report = detect_drift(before, after, list(before.columns)).set_index("column")
    p_value = ks_2samp(before["c0"], after["c0"]).pvalue
    assert 0.005 < p_value < 0.05, "test data: the p-value must lie between the two thresholds"
    assert not bool(report.loc["c0", "drifted"]), (
        f"{WHERE} flagged c0 with p-value {p_value:.4f} among 10 columns at alpha 0.05; the Bonferroni threshold "
        "is 0.05 / 10 = 0.005")
    alone = detect_drift(before, after, ["c0"]).iloc[0]
    assert bool(alone["drifted"]), (
        f"{WHERE} did not flag c0 (p-value {p_value:.4f}) when it is the only column tested: the threshold is "
        "then alpha itself, 0.05")


def test_the_smallest_p_value_is_compared_with_alpha_over_the_number_of_columns():
    rng = np.random.default_rng(32)
    before = pd.DataFrame({"c0": rng.normal(0, 1, 200)})
    after = pd.DataFrame({"c0": rng.normal(0, 1, 200) + 0.2})  # p-value between 0.025 and 0.05
    before["c1"], after["c1"] = rng.normal(0, 1, 200), rng.normal(0, 1, 200)  # no shift
    p_value = ks_2samp(before["c0"], after["c0"]).pvalue
    assert 0.025 < p_value < 0.05, "test data: c0's p-value must lie between alpha / 2 and alpha"
    report = detect_drift(before, after, ["c0", "c1"]).set_index("column")
    assert not report["drifted"].astype(bool).any(), (
        f"{WHERE} flagged {report.index[report['drifted'].astype(bool)].tolist()} with c0's p-value {p_value:.4f} "
        "among 2 columns at alpha 0.05: Bonferroni compares every p-value with 0.05 / 2 = 0.025, and Holm's method "
        "compares the SMALLEST with the same 0.05 / 2 (then the next with 0.05 / 1, stopping at the first miss)")


def test_holm_stops_at_the_first_p_value_it_cannot_reject():
    rng = np.random.default_rng(97)
    before = pd.DataFrame({"c0": rng.normal(0, 1, 200)})
    after = pd.DataFrame({"c0": rng.normal(0, 1, 200) + 0.2})
    before["c1"], after["c1"] = rng.normal(0, 1, 200), rng.normal(0, 1, 200) + 0.2
    p0, p1 = (ks_2samp(before[c], after[c]).pvalue for c in ("c0", "c1"))
    assert 0.025 < p1 < p0 < 0.05, "test data: both p-values must lie between alpha / 2 and alpha"
    report = detect_drift(before, after, ["c0", "c1"]).set_index("column")
    assert not report["drifted"].astype(bool).any(), (
        f"{WHERE} flagged {report.index[report['drifted'].astype(bool)].tolist()} with p-values {p0:.4f} (c0) and "
        f"{p1:.4f} (c1) at alpha 0.05: Bonferroni flags neither (both above 0.05 / 2), and so does Holm's method: "
        "the smallest, c1's, is not below 0.05 / 2, and Holm STOPS at the first p-value it cannot reject; c0 is "
        "never compared with 0.05 / 1")


def test_cramers_v_counts_the_values_present():
    before = pd.Series(["Water"] * 120 + ["Fire"] * 80 + [None] * 100, dtype=object)
    after = pd.Series(["Water"] * 60 + ["Fire"] * 90 + [None] * 150, dtype=object)
    report = detect_drift(pd.DataFrame({"type1": before}), pd.DataFrame({"type1": after}), ["type1"]).iloc[0]
    table = np.array([[120, 80], [60, 90]])  # 350 values present out of 600 rows
    accepted = [math.sqrt(chi2_contingency(table, correction=c)[0] / 350) for c in (True, False)]
    assert any(np.isclose(report["effect_size"], v) for v in accepted), (
        f"{WHERE} gave Cramér's V {report['effect_size']:.4f} for a type column with NaN in half the rows; V is "
        f"sqrt(chi2 / n) with n the counts in the table, the 350 values present ({accepted[0]:.4f} with Yates' "
        f"correction, {accepted[1]:.4f} without), not the 600 rows with NaN")


def test_a_p_value_exactly_at_the_threshold_is_not_drift():
    before, after = pd.DataFrame({"hp": [50.0, 60.0, 70.0, 80.0]}), pd.DataFrame({"hp": [90.0, 100.0, 110.0]})
    p_value = ks_2samp(before["hp"], after["hp"]).pvalue  # exact: 2 / 35
    at = detect_drift(before, after, ["hp"], alpha=p_value).iloc[0]
    assert not bool(at["drifted"]), (
        f"{WHERE} flagged a p-value of {p_value:.6f} with alpha = {p_value:.6f} and one column: drift needs a "
        "p-value BELOW alpha / len(columns), strictly")
    above = detect_drift(before, after, ["hp"], alpha=2 * p_value).iloc[0]
    assert bool(above["drifted"]), f"{WHERE} missed a p-value of {p_value:.6f} with alpha = {2 * p_value:.6f}"


def test_a_large_batch_with_a_trivial_shift_is_not_an_alarm():
    rng = np.random.default_rng(9)
    before = pd.DataFrame({"hp": rng.normal(70, 20, 20_000)})
    after = pd.DataFrame({"hp": rng.normal(71, 20, 20_000)})  # one HP point: significant, not meaningful
    significant = detect_drift(before, after, ["hp"]).iloc[0]
    d = float(significant["effect_size"])
    assert bool(significant["drifted"]) and d < 0.05, (
        f"{WHERE}: with min_effect=0 a one-point shift on 20,000 rows is significant (p={significant['p_value']:.1e}) "
        f"and drifts; its effect size D is {d:.3f}")
    silenced = detect_drift(before, after, ["hp"], min_effect=0.05).iloc[0]
    assert not bool(silenced["drifted"]), (
        f"{WHERE} flagged a shift with effect size {d:.3f} although min_effect=0.05: a column drifts only when "
        "its p-value passes the corrected threshold AND its effect size reaches min_effect")
    at_boundary = detect_drift(before, after, ["hp"], min_effect=d).iloc[0]
    assert bool(at_boundary["drifted"]), (
        f"{WHERE}: an effect size exactly equal to min_effect ({d}) must still alarm (at least, >=)")


@settings(max_examples=20)
@given(rows=st.lists(st.tuples(st.sampled_from(TYPES), st.integers(1, 255)), min_size=2, max_size=40))
@example(rows=[("Water", 1), ("Water", 1)]).via("one category, one value")
def test_a_batch_identical_to_the_reference_has_no_drift(rows):
    frame = pd.DataFrame(rows, columns=["type1", "hp"])
    report = detect_drift(frame, frame.copy(), ["type1", "hp"])
    assert not report["drifted"].astype(bool).any(), f"{WHERE} flagged drift between identical samples"
    assert ((report["p_value"] >= 0) & (report["p_value"] <= 1)).all(), f"{WHERE}: p-values lie in [0, 1]"


def test_inputs_are_not_modified(reference):
    current = data.production_batch("batch_03")
    before, reference_before = current.copy(), reference.copy()
    detect_drift(reference, current, list(MONITORED_COLUMNS))
    pd.testing.assert_frame_equal(current, before, obj=f"the batch after {WHERE}")
    pd.testing.assert_frame_equal(reference, reference_before, obj=f"the reference after {WHERE}")


@pytest.mark.parametrize("current, why", [
    pytest.param(pd.DataFrame({"other": [1, 2]}), "a monitored column missing from the batch", id="missing-column"),
    pytest.param(pd.DataFrame({"hp": [np.nan, np.nan]}), "a column with no values after dropping NaN", id="all-nan"),
])
def test_missing_or_empty_columns_are_refused(current, why):
    with must_raise(ValueError, f"{WHERE} must refuse {why}"):
        detect_drift(pd.DataFrame({"hp": [1.0, 2.0, 3.0]}), current, ["hp"])
