"""Kata 4.7: a reliability table and the Brier score, checked against scikit-learn."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss

from kata_framework.strategies import labels_and_scores
from katas.module4_evaluation.calibration import RELIABILITY_COLUMNS, brier_score, reliability_table

FILE = "katas/module4_evaluation/calibration.py"
EXPECTED_COLUMNS = ["bin_low", "bin_high", "count", "mean_predicted", "observed_rate"]


@given(labels_and_scores(), st.sampled_from([1, 2, 4, 5, 10]))
def test_reliability_table_matches_scikit_learn(pair, n_bins):
    y_true, y_prob = pair
    table = reliability_table(y_true, y_prob, n_bins=n_bins)
    observed, predicted = calibration_curve(y_true, y_prob, n_bins=n_bins, strategy="uniform")
    assert list(table.columns) == EXPECTED_COLUMNS, f"reliability_table ({FILE}) must have the columns {EXPECTED_COLUMNS}"
    assert table["count"].sum() == len(y_true), (
        f"reliability_table ({FILE}) counts {table['count'].sum()} predictions of {len(y_true)}: every probability "
        f"belongs to a bin, 1.0 included (y_prob={y_prob.tolist()})")
    assert len(table) == len(observed), (
        f"reliability_table ({FILE}) has {len(table)} rows; there are {len(observed)} non-empty bins "
        f"(n_bins={n_bins}, y_prob={y_prob.tolist()})")
    np.testing.assert_allclose(table["mean_predicted"], predicted, atol=1e-9, err_msg=(
        f"reliability_table ({FILE}): mean predicted probability per bin differs from calibration_curve; bin with "
        "edges = linspace(0, 1, n_bins + 1) and searchsorted(edges[1:-1], p)"))
    np.testing.assert_allclose(table["observed_rate"], observed, atol=1e-9, err_msg=(
        f"reliability_table ({FILE}): the observed rate per bin (share of labels equal to 1) differs"))
    width = 1 / n_bins
    assert np.allclose(table["bin_high"] - table["bin_low"], width) and table["bin_low"].is_monotonic_increasing, (
        f"reliability_table ({FILE}): bins must be {width:g} wide, in increasing order")


@given(labels_and_scores())
def test_brier_score_matches_scikit_learn(pair):
    y_true, y_prob = pair
    expected = brier_score_loss(y_true, y_prob, labels=[0, 1])
    assert brier_score(y_true, y_prob) == pytest.approx(expected, abs=1e-12), (
        f"brier_score ({FILE}) returned {brier_score(y_true, y_prob)}, expected {expected}: the mean of "
        "(probability - label) squared")


def test_an_overconfident_model_shows_in_the_table():
    rng = np.random.default_rng(0)
    truth_probability = rng.uniform(0.3, 0.7, 5000)
    y_true = (rng.random(5000) < truth_probability).astype(int)
    overconfident = np.clip(0.5 + 2.5 * (truth_probability - 0.5), 0, 1)
    table = reliability_table(y_true, overconfident, n_bins=10)
    top = table.iloc[-1]
    assert top["mean_predicted"] > 0.9 and top["observed_rate"] < 0.8, (
        f"reliability_table ({FILE}): predictions above 0.9 came true about 70% of the time; the table's "
        f"top bin says mean {top['mean_predicted']:.2f}, observed {top['observed_rate']:.2f}")
    assert brier_score(y_true, overconfident) > brier_score(y_true, truth_probability)
    assert list(RELIABILITY_COLUMNS) == EXPECTED_COLUMNS, f"RELIABILITY_COLUMNS ({FILE}) must stay {EXPECTED_COLUMNS}"


@pytest.mark.parametrize("y_true, y_prob", [([], []), ([1, 0], [0.5]), ([1], [1.2]), ([1], [float("nan")])])
def test_bad_inputs_are_rejected(y_true, y_prob):
    with pytest.raises(ValueError):
        reliability_table(y_true, y_prob)
    with pytest.raises(ValueError):
        brier_score(y_true, y_prob)
