"""Kata 6.1: PSI is zero for identical samples, never negative, and finite when a bin is empty."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kata_framework import data
from katas.module6_monitoring.psi import population_stability_index, psi_severity

WHERE = "population_stability_index (katas/module6_monitoring/psi.py)"
samples = st.lists(st.one_of(st.integers(-1000, 1000), st.floats(-1e6, 1e6)), min_size=1, max_size=60)


@given(values=samples, bins=st.integers(2, 20))
def test_identical_samples_have_zero_psi(values, bins):
    psi = population_stability_index(np.array(values, dtype=float), np.array(values, dtype=float), bins)
    assert abs(psi) <= 1e-12, f"{WHERE} gave {psi} for two identical samples; it must be 0"


@given(expected=samples, actual=samples, bins=st.integers(2, 20))
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


def test_values_outside_the_expected_range_still_count():
    expected = np.arange(100, dtype=float)
    half_outside = np.concatenate([expected, expected + 1000])
    psi = population_stability_index(expected, half_outside)
    assert psi > 1.0, (
        f"{WHERE} gave {psi} when half of the new values lie above the expected range: the outer "
        "bins must be open-ended so such values are counted, not dropped")


def test_nan_values_are_dropped_and_empty_samples_refused():
    values = np.arange(50, dtype=float)
    with_nan = np.concatenate([values, [np.nan] * 10])
    assert abs(population_stability_index(values, with_nan)) <= 1e-12, (
        f"{WHERE}: NaN values must be dropped before binning")
    for expected, actual in [(np.array([]), values), (values, np.array([np.nan]))]:
        with pytest.raises(ValueError):
            population_stability_index(expected, actual)
    with pytest.raises(ValueError):
        population_stability_index(values, values, bins=1)


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
    assert psi_severity(psi) == name, (
        f"psi_severity (katas/module6_monitoring/psi.py) named {psi} {psi_severity(psi)!r}, expected {name!r}")


def test_severity_refuses_impossible_values():
    for value in (-0.1, float("nan")):
        with pytest.raises(ValueError):
            psi_severity(value)
