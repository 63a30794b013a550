"""Kata 6.2: detect_drift flags exactly the drifted columns of each production batch."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import chi2_contingency, ks_2samp

from data.generate_dataset import DRIFTED_COLUMNS, MONITORED_COLUMNS
from kata_framework import data
from kata_framework.strategies import TYPES
from katas.module6_monitoring.drift import RESULT_COLUMNS, detect_drift

WHERE = "detect_drift (katas/module6_monitoring/drift.py)"


@pytest.fixture(scope="module")
def reference():
    return data.production_batch("reference")


@pytest.mark.parametrize("batch", sorted(DRIFTED_COLUMNS))
def test_flags_exactly_the_drifted_columns(reference, batch):
    report = detect_drift(reference.copy(), data.production_batch(batch), list(MONITORED_COLUMNS))
    assert list(report.columns) == RESULT_COLUMNS and report["column"].tolist() == MONITORED_COLUMNS, (
        f"{WHERE} must return one row per monitored column, in order, with columns {RESULT_COLUMNS}")
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
    tests = dict(zip(report["column"], report["test"]))
    assert tests == {"type1": "chi2", "hp": "ks", "generation": "ks"}, (
        f"{WHERE} chose {tests}: numbers get the KS test, categories the chi-squared test")


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


def test_a_category_seen_in_only_one_sample_is_counted():
    reference = pd.DataFrame({"type1": ["Water"] * 50 + ["Fire"] * 50})
    current = pd.DataFrame({"type1": ["Water"] * 50 + ["Shadow"] * 50})
    report = detect_drift(reference, current, ["type1"])
    assert bool(report["drifted"].iloc[0]), (
        f"{WHERE} missed a new category that makes up half the batch: count every category seen "
        "in either sample, with 0 where it is absent")


@given(rows=st.lists(st.tuples(st.sampled_from(TYPES), st.integers(1, 255)), min_size=2, max_size=40))
def test_a_batch_identical_to_the_reference_has_no_drift(rows):
    frame = pd.DataFrame(rows, columns=["type1", "hp"])
    report = detect_drift(frame, frame.copy(), ["type1", "hp"])
    assert not report["drifted"].astype(bool).any(), f"{WHERE} flagged drift between identical samples"
    assert ((report["p_value"] >= 0) & (report["p_value"] <= 1)).all()


def test_inputs_are_not_modified_and_missing_columns_refused(reference):
    current = data.production_batch("batch_03")
    before = current.copy()
    detect_drift(reference, current, list(MONITORED_COLUMNS))
    pd.testing.assert_frame_equal(current, before, obj=f"the batch after {WHERE}")
    with pytest.raises(ValueError):
        detect_drift(reference, current.drop(columns="hp"), ["hp"])
