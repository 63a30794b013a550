"""Kata 4.7: a reliability table, the expected calibration error and the Brier score.

Rules and the tests that enforce them:

1. Equal-width bins from ``linspace(0, 1, n_bins + 1)``, closed on the right (0.1 is in the first
   of ten bins), 0.0 in the first and 1.0 in the last; one row per non-empty bin, in order, index
   0..n-1, matching scikit-learn's ``calibration_curve``: ``test_reliability_table_matches_scikit_learn``,
   ``test_probabilities_on_a_bin_edge_go_to_the_lower_bin``.
2. ``expected_calibration_error`` weighs each bin's gap by its share of the predictions:
   ``test_expected_calibration_error_weighs_bins_by_count``, ``test_calibration_error_is_not_the_brier_score``.
3. ``brier_score`` is the mean squared difference: ``test_brier_score_matches_scikit_learn``.
4. ``Raises: ValueError`` for empty or mismatched inputs, probabilities outside [0, 1] (NaN
   included) and ``n_bins < 1``, in every function: ``test_bad_inputs_are_rejected``,
   ``test_fewer_than_one_bin_is_rejected``.
5. ``n_bins`` is 10 by default, in both functions that take it: ``test_ten_bins_by_default``.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from kata_framework.strategies import labels_and_scores
from katas.module4_evaluation.calibration import (
    RELIABILITY_COLUMNS,
    brier_score,
    expected_calibration_error,
    reliability_table,
)

FILE = "katas/module4_evaluation/calibration.py"
EXPECTED_COLUMNS = ["bin_low", "bin_high", "count", "mean_predicted", "observed_rate"]


def calibration_curve(*args, **kwargs):
    """scikit-learn's ``calibration_curve``, imported only once the learner's function has answered,
    so that an unfinished kata fails at once instead of waiting for scikit-learn to load."""
    from sklearn.calibration import calibration_curve

    return calibration_curve(*args, **kwargs)


def brier_score_loss(*args, **kwargs):
    """scikit-learn's ``brier_score_loss``, imported on first use (see ``calibration_curve``)."""
    from sklearn.metrics import brier_score_loss

    return brier_score_loss(*args, **kwargs)


@settings(max_examples=25)
@given(labels_and_scores(), st.sampled_from([1, 2, 4, 5, 10]))
@example((np.array([0, 1, 1, 0]), np.array([0.0, 0.1, 1.0, 0.5])), 10).via("0.0, 1.0 and bin edges")
def test_reliability_table_matches_scikit_learn(pair, n_bins):
    y_true, y_prob = pair
    table = reliability_table(y_true, y_prob, n_bins=n_bins)
    observed, predicted = calibration_curve(y_true, y_prob, n_bins=n_bins, strategy="uniform")
    assert list(table.columns) == EXPECTED_COLUMNS, (
        f"reliability_table ({FILE}) must have the columns {EXPECTED_COLUMNS}")
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
    assert list(table.index) == list(range(len(table))), f"reliability_table ({FILE}) must have the index 0..n-1"


def test_probabilities_on_a_bin_edge_go_to_the_lower_bin():
    table = reliability_table([0, 1, 1], [0.1, 0.5, 0.2], n_bins=10)
    first = table.iloc[0]
    assert (first["bin_low"], first["count"]) == (0.0, 1), (
        f"reliability_table ({FILE}): bins are closed on the right, so 0.1 belongs to the first of ten bins "
        f"[0, 0.1], and 0.5 to (0.4, 0.5]; got the rows {table.values.tolist()}. np.searchsorted(edges[1:-1], p) "
        "does this; floor(p * n_bins) and np.digitize(p, edges) put an edge in the bin above")
    assert table["bin_high"].round(9).tolist() == [0.1, 0.2, 0.5], (
        f"reliability_table ({FILE}): 0.1, 0.2 and 0.5 each sit on an edge and belong to the bins ending there, "
        f"[0, 0.1], (0.1, 0.2] and (0.4, 0.5]; got the rows {table.values.tolist()}")


def ece_by_hand(y_true, y_prob, n_bins):
    edges = np.linspace(0, 1, n_bins + 1)
    bins = np.searchsorted(edges[1:-1], y_prob)
    total = 0.0
    for b in np.unique(bins):
        member = bins == b
        total += member.mean() * abs(y_prob[member].mean() - y_true[member].mean())
    return total


@settings(max_examples=20)
@given(labels_and_scores(), st.sampled_from([1, 2, 5, 10]))
@example((np.array([0, 0, 1, 1]), np.array([0.1, 0.2, 0.7, 0.9])), 2).via("the docstring")
@example((np.array([1, 0, 0, 0]), np.array([0.95, 0.9, 0.05, 0.05])), 10).via("bins of different sizes")
def test_expected_calibration_error_weighs_bins_by_count(pair, n_bins):
    y_true, y_prob = pair
    value = expected_calibration_error(y_true, y_prob, n_bins=n_bins)
    expected = ece_by_hand(y_true, y_prob, n_bins)
    assert value == pytest.approx(expected, abs=1e-9), (
        f"expected_calibration_error ({FILE}) returned {value:.4f} for y_true={y_true.tolist()}, "
        f"y_prob={y_prob.tolist()}, n_bins={n_bins}; expected {expected:.4f}: the sum over non-empty bins of "
        "count / n * |mean predicted - observed rate| (weighted by count, not a plain mean or the largest gap)")


def test_calibration_error_is_not_the_brier_score():
    rng = np.random.default_rng(1)
    risk = rng.uniform(0, 1, 4000)
    y_true = (rng.random(4000) < risk).astype(int)
    base_rate = np.full(4000, y_true.mean())
    assert expected_calibration_error(y_true, base_rate) == pytest.approx(0.0, abs=1e-12), (
        f"expected_calibration_error ({FILE}): always predicting the base rate is perfectly calibrated (one bin, "
        "mean prediction = observed rate), so its calibration error is 0")
    assert (expected_calibration_error(y_true, risk) < 0.05
            and brier_score(y_true, risk) < brier_score(y_true, base_rate)), (
        f"expected_calibration_error / brier_score ({FILE}): the true risks are calibrated too (error near 0) "
        "and, because they separate the cases, have the better Brier score: Brier is overall accuracy, not "
        "calibration")


@given(labels_and_scores())
@example((np.array([1, 0]), np.array([0.8, 0.4]))).via("the docstring: 0.1")
def test_brier_score_matches_scikit_learn(pair):
    y_true, y_prob = pair
    value = brier_score(y_true, y_prob)
    expected = brier_score_loss(y_true, y_prob, labels=[0, 1])
    assert value == pytest.approx(expected, abs=1e-12), (
        f"brier_score ({FILE}) returned {value}, expected {expected}: the mean of "
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


@pytest.mark.parametrize("y_true, y_prob", [
    pytest.param([], [], id="no-rows"),
    pytest.param([1, 0], [0.5], id="fewer-probabilities"),
    pytest.param([1], [1.2], id="probability-above-1"),
    pytest.param([1], [-0.1], id="negative-probability"),
    pytest.param([1], [float("nan")], id="nan-probability"),
])
@pytest.mark.parametrize("name", ["reliability_table", "brier_score", "expected_calibration_error"])
def test_bad_inputs_are_rejected(name, y_true, y_prob):
    function = {"reliability_table": reliability_table, "brier_score": brier_score,
                "expected_calibration_error": expected_calibration_error}[name]
    with must_raise(ValueError, f"{name} ({FILE}) must refuse labels {y_true} with probabilities {y_prob}"):
        function(y_true, y_prob)


def test_ten_bins_by_default():
    y_prob = np.linspace(0.025, 0.975, 20)  # two predictions in each tenth, one of them came true
    y_true = np.tile([0, 1], 10)
    table = reliability_table(y_true, y_prob)
    assert len(table) == 10 and np.allclose(table["bin_high"] - table["bin_low"], 0.1), (
        f"reliability_table ({FILE}) without n_bins must use its default of 10 equal bins; got {len(table)} rows")
    assert expected_calibration_error(y_true, y_prob) == pytest.approx(0.25), (
        f"expected_calibration_error ({FILE}) without n_bins must use its default of 10 bins: each bin's "
        "mean prediction is its centre and its observed rate 0.5, an average gap of 0.25")


@pytest.mark.parametrize("name", ["reliability_table", "expected_calibration_error"])
def test_fewer_than_one_bin_is_rejected(name):
    function = reliability_table if name == "reliability_table" else expected_calibration_error
    with must_raise(ValueError, f"{name} ({FILE}) must refuse n_bins=0"):
        function([0, 1], [0.2, 0.8], n_bins=0)
