"""Kata 6.1: PSI is zero for identical samples, never negative, and finite when a bin is empty.

Rules and the tests that enforce them:

1. Bins from the quantiles of the EXPECTED sample (not equal-width, not from the new sample),
   a value on an edge in the bin above, open outer bins: ``test_bins_are_quantiles_of_the_expected_sample``,
   ``test_values_outside_the_expected_range_still_count``.
2. Empty shares floored at ``EMPTY_BIN_SHARE`` (1e-4), and only empty ones:
   ``test_an_empty_bin_counts_as_a_share_of_1e_4``, ``test_only_empty_bins_are_floored``,
   ``test_psi_is_finite_and_never_negative``,
   ``test_a_batch_that_empties_bins_gives_a_large_finite_psi``, ``test_bins_are_quantiles_of_the_expected_sample``.
3. Zero for identical samples: ``test_identical_samples_have_zero_psi``; grows with the shift:
   ``test_psi_grows_with_the_shift``, ``test_psi_on_the_production_batches``.
4. NaN dropped (infinite values kept, in the outer bins); empty samples and ``bins < 2`` refused:
   ``test_nan_values_are_dropped``, ``test_infinite_values_land_in_the_outer_bins``,
   ``test_impossible_samples_are_refused``.
5. ``psi_severity``: 0.1 and 0.25 start "moderate" and "major": ``test_severity_names``; with
   both sample sizes the thresholds move up by ``(bins - 1)(1/n_expected + 1/n_actual)``:
   ``test_severity_allows_for_sample_size``, ``test_a_small_window_without_drift_is_not_an_alarm``,
   with ``bins`` 10 by default: ``test_severity_assumes_ten_bins_by_default``;
   ``Raises``: ``test_severity_refuses_impossible_values``, sizes of 1 allowed: ``test_samples_of_one_row_are_allowed``.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework import data
from kata_framework.expect import must_raise
from katas.module6_monitoring.psi import EMPTY_BIN_SHARE, population_stability_index, psi_severity

FILE = "katas/module6_monitoring/psi.py"
WHERE = f"population_stability_index ({FILE})"
SEVERITY = f"psi_severity ({FILE})"
samples = st.lists(st.one_of(st.integers(-1000, 1000), st.floats(-1e6, 1e6)), min_size=1, max_size=60)


@given(values=samples, bins=st.integers(2, 20))
@example(values=[1.0], bins=2).via("one value")
@example(values=[3.0, 3.0, 3.0, 7.0], bins=4).via("ties: duplicate quantile edges")
def test_identical_samples_have_zero_psi(values, bins):
    psi = population_stability_index(np.array(values, dtype=float), np.array(values, dtype=float), bins)
    assert abs(psi) <= 1e-12, f"{WHERE} gave {psi} for two identical samples; it must be 0"


@given(expected=samples, actual=samples, bins=st.integers(2, 20))
@example(expected=[0.0, 1.0, 2.0, 3.0], actual=[100.0], bins=4).via("every bin but one empty")
def test_psi_is_finite_and_never_negative(expected, actual, bins):
    psi = population_stability_index(np.array(expected, dtype=float), np.array(actual, dtype=float), bins)
    assert math.isfinite(psi) and psi >= 0, (
        f"{WHERE} gave {psi} for expected={expected[:6]}..., actual={actual[:6]}...: PSI must be a "
        "finite number >= 0. An empty bin makes ln(share) infinite: floor empty shares at "
        "EMPTY_BIN_SHARE")


def test_a_batch_that_empties_bins_gives_a_large_finite_psi():
    expected = np.arange(1000, dtype=float)
    actual = np.full(500, 10.0)  # every value in the first bin, the other nine empty
    psi = population_stability_index(expected, actual)
    assert math.isfinite(psi) and psi > 1.0, (
        f"{WHERE} gave {psi} when the new batch sits in one bin: it must be large and finite; "
        "guard the empty bins")


def test_an_empty_bin_counts_as_a_share_of_1e_4():
    expected = np.arange(1000, dtype=float)  # ten bins of a tenth each
    actual = np.full(500, 10.0)  # all in the first bin, the other nine empty
    psi = population_stability_index(expected, actual)
    wanted = (1.0 - 0.1) * math.log(1.0 / 0.1) + 9 * (1e-4 - 0.1) * math.log(1e-4 / 0.1)
    assert psi == pytest.approx(wanted, rel=1e-9), (
        f"{WHERE} gave {psi:.6f} when the new batch fills one of ten bins; with each empty share replaced by "
        f"EMPTY_BIN_SHARE = 1e-4 the PSI is 0.9 * ln(10) + 9 * (1e-4 - 0.1) * ln(1e-4 / 0.1) = {wanted:.6f}")


def test_values_outside_the_expected_range_still_count():
    expected = np.arange(100, dtype=float)
    half_outside = np.concatenate([expected, expected + 1000])
    psi = population_stability_index(expected, half_outside)
    assert psi > 1.0, (
        f"{WHERE} gave {psi} when half of the new values lie above the expected range: the outer "
        "bins must be open-ended so such values are counted, not dropped")


def psi_by_hand(expected, actual, bins):
    """The spec's PSI: bins from the expected sample's quantiles, an edge value in the bin above."""
    edges = np.unique(np.quantile(expected, np.arange(1, bins) / bins))
    shares = []
    for values in (expected, actual):
        counts = np.bincount(np.searchsorted(edges, values, side="right"), minlength=len(edges) + 1)
        share = counts / len(values)
        shares.append(np.where(share == 0, EMPTY_BIN_SHARE, share))
    e, a = shares
    return float(np.sum((a - e) * np.log(a / e)))


@pytest.mark.parametrize("case", ["skewed", "integers-on-the-edges"])
def test_bins_are_quantiles_of_the_expected_sample(case):
    rng = np.random.default_rng(3)
    if case == "skewed":  # equal-width bins would put nearly everything in the first bin
        expected, actual = rng.lognormal(0, 1, 400), rng.lognormal(0.3, 1, 300)
    else:  # many values sit exactly on a quantile edge
        expected, actual = rng.integers(0, 8, 400).astype(float), rng.integers(1, 9, 300).astype(float)
    psi = population_stability_index(expected, actual, bins=5)
    wanted = psi_by_hand(expected, actual, 5)
    assert psi == pytest.approx(wanted, rel=1e-9), (
        f"{WHERE} gave {psi:.4f} on {case} data; the spec's PSI is {wanted:.4f}. Take the inner edges from the "
        "EXPECTED sample's quantiles at 1/bins, 2/bins, ... (not equal-width bins, not the new sample's), drop "
        "duplicate edges, and put a value equal to an edge in the bin above it (searchsorted side='right')")


def test_only_empty_bins_are_floored():
    expected = np.arange(1000, dtype=float)  # ten bins of a tenth each
    actual = np.concatenate([[0.0], np.full(19_999, 500.0)])  # one value in 20,000 in the first bin: 5e-5
    psi = population_stability_index(expected, actual)
    wanted = psi_by_hand(expected, actual, 10)
    assert psi == pytest.approx(wanted, rel=1e-9), (
        f"{WHERE} gave {psi:.6f}; the spec's PSI is {wanted:.6f}. The first bin holds 1 of 20,000 new values, a "
        "share of 5e-5: it is not empty, so it stays 5e-5. Only a share of exactly 0 is replaced by "
        "EMPTY_BIN_SHARE (np.where(share == 0, ...), not np.clip or np.maximum)")


def test_infinite_values_land_in_the_outer_bins():
    expected = np.arange(100, dtype=float)
    actual = np.concatenate([expected, np.full(25, np.inf), np.full(25, -np.inf)])
    psi = population_stability_index(expected, actual)
    wanted = psi_by_hand(expected, actual, 10)
    assert psi == pytest.approx(wanted, rel=1e-9) and psi > 0.1, (
        f"{WHERE} gave {psi:.4f} when a third of the new values are +inf or -inf; the spec's PSI is {wanted:.4f}. "
        "Only NaN is dropped: an infinite value is a value outside the expected range and lands in an outer bin "
        "(drop with np.isnan, not np.isfinite)")


def test_nan_values_are_dropped():
    values = np.arange(50, dtype=float)
    with_nan = np.concatenate([values, [np.nan] * 10])
    assert abs(population_stability_index(values, with_nan)) <= 1e-12, (
        f"{WHERE}: NaN values must be dropped before binning")


@pytest.mark.parametrize("expected, actual, bins, why", [
    pytest.param([], [1.0, 2.0], 10, "an empty expected sample", id="no-expected-rows"),
    pytest.param([1.0, 2.0], [np.nan], 10, "an actual sample that is all NaN", id="actual-all-nan"),
    pytest.param([1.0, 2.0], [1.0, 2.0], 1, "bins=1", id="one-bin"),
])
def test_impossible_samples_are_refused(expected, actual, bins, why):
    with must_raise(ValueError, f"{WHERE} must refuse {why}"):
        population_stability_index(np.array(expected, dtype=float), np.array(actual, dtype=float), bins)


def test_psi_grows_with_the_shift():
    rng = np.random.default_rng(0)
    expected = rng.normal(0, 1, 5000)
    actual = rng.normal(0, 1, 5000)
    values = [population_stability_index(expected, actual + shift) for shift in (0, 0.25, 0.5, 1.0)]
    assert values == sorted(values) and values[0] < 0.02 and values[-1] > 0.25, (
        f"{WHERE} gave {values} for shifts 0, 0.25, 0.5 and 1 standard deviation: PSI must grow "
        "with the shift, stay near 0 without one and exceed 0.25 for a full standard deviation")


def test_psi_on_the_production_batches():
    reference = data.production_batch("reference")
    stable = population_stability_index(reference["hp"], data.production_batch("batch_01")["hp"])
    shifted = population_stability_index(reference["hp"], data.production_batch("batch_05")["hp"])
    assert stable < 0.1 and shifted > 0.25, (
        f"{WHERE}: hp in batch_01 (no drift) gave {stable:.3f} and in batch_05 (HP scaled by 1.3) "
        f"{shifted:.3f}; expected below 0.1 and above 0.25")


@pytest.mark.parametrize(("psi", "name"), [(0.0, "stable"), (0.099, "stable"), (0.1, "moderate"),
                                           (0.2499, "moderate"), (0.25, "major"), (3.0, "major")])
def test_severity_names(psi, name):
    assert psi_severity(psi) == name, f"{SEVERITY} named {psi} {psi_severity(psi)!r}, expected {name!r}"


@pytest.mark.parametrize(("psi", "name"), [(0.2249, "stable"), (0.225, "moderate"), (0.3749, "moderate"),
                                           (0.375, "major")])
def test_severity_allows_for_sample_size(psi, name):
    # bins=2 and 16 rows on each side: noise = (2 - 1) * (1/16 + 1/16) = 0.125
    got = psi_severity(psi, n_expected=16, n_actual=16, bins=2)
    assert got == name, (
        f"{SEVERITY} named {psi} {got!r} for 16 rows against 16 with 2 bins; expected {name!r}. Sampling noise "
        "alone gives PSI about (bins - 1)(1/n_expected + 1/n_actual) = 0.125 here, so the thresholds become "
        "0.1 + 0.125 and 0.25 + 0.125")


def test_samples_of_one_row_are_allowed():
    # the smallest sizes the spec allows: noise = (2 - 1) * (1/1 + 1/1) = 2
    got = psi_severity(0.5, n_expected=1, n_actual=1, bins=2)
    assert got == "stable", (
        f"{SEVERITY} named 0.5 {got!r} for one row against one with 2 bins; a size of 1 is allowed (only sizes "
        "below 1 are refused), and the noise level is then (2 - 1) * (1/1 + 1/1) = 2")


def test_severity_assumes_ten_bins_by_default():
    # 1000 rows against 50, bins left at its default 10: noise = 9 * (1/1000 + 1/50) = 0.189
    got = psi_severity(0.295, n_expected=1000, n_actual=50)
    assert got == "moderate", (
        f"{SEVERITY} named 0.295 {got!r} for 1000 rows against 50 with the default bins; the default is 10, so "
        "the noise is 9 * (1/1000 + 1/50) = 0.189 and 'stable' ends at 0.1 + 0.189 = 0.289")


def test_a_small_window_without_drift_is_not_an_alarm():
    reference = np.random.default_rng(11).normal(0, 1, 1000)
    window = np.random.default_rng(101).normal(0, 1, 50)  # the same distribution: no drift
    psi = population_stability_index(reference, window)
    assert psi_severity(psi) == "moderate", f"{WHERE}: this 50-row window without drift gives PSI {psi:.3f}"
    assert psi_severity(psi, n_expected=1000, n_actual=50) == "stable", (
        f"{SEVERITY}: a 50-row window drawn from the reference distribution gives PSI {psi:.3f}, 'moderate' by "
        "the fixed thresholds; noise alone averages about 9 * (1/1000 + 1/50) = 0.19 here. With the sample sizes "
        "given, it must read 'stable'")
    shifted = np.random.default_rng(101).normal(1.5, 1, 50)
    assert psi_severity(population_stability_index(reference, shifted), n_expected=1000, n_actual=50) == "major", (
        f"{SEVERITY}: a 50-row window shifted by 1.5 standard deviations must still read 'major'")


@pytest.mark.parametrize("kwargs, why", [
    pytest.param({"psi": -0.1}, "a negative PSI", id="negative"),
    pytest.param({"psi": float("nan")}, "a NaN PSI", id="nan"),
    pytest.param({"psi": 0.2, "n_expected": 100}, "one sample size without the other", id="one-size-only"),
    pytest.param({"psi": 0.2, "n_expected": 0, "n_actual": 10}, "a sample size of 0", id="zero-rows"),
    pytest.param({"psi": 0.2, "bins": 1}, "bins=1", id="one-bin"),
])
def test_severity_refuses_impossible_values(kwargs, why):
    with must_raise(ValueError, f"{SEVERITY} must refuse {why}"):
        psi_severity(**kwargs)
