"""Kata 2.2: safe_ratio, power_ratio and stat_ratios stay finite, defense 0 included."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework.strategies import non_negative
from katas.module2_features.ratios import RATIOS, power_ratio, safe_ratio, stat_ratios

WHERE = "katas/module2_features/ratios.py"

@st.composite
def numerator_denominator(draw):
    n = draw(st.integers(0, 20))
    values = st.lists(non_negative, min_size=n, max_size=n)
    return pd.Series(draw(values), dtype="float64"), pd.Series(draw(values), dtype="float64")


def test_power_ratio_survives_defense_zero():
    frame = pd.DataFrame({"attack": [80, 50, 0, 0], "defense": [39, 0, 0, 120]})
    got = power_ratio(frame)
    assert np.isfinite(got).all(), (
        f"power_ratio ({WHERE}) returned {got.tolist()} for defense 0: guard the division "
        "(attack / (defense + 1))")
    assert got.tolist() == pytest.approx([2.0, 50.0, 0.0, 0.0]), (
        f"power_ratio ({WHERE}) returned {got.tolist()}, expected [2.0, 50.0, 0.0, 0.0]: the spec is "
        "attack / (defense + 1), so 0 / 0 is 0")
    assert got.name == "power_ratio", f"power_ratio ({WHERE}) must name its Series 'power_ratio', got {got.name!r}"


@given(numerator_denominator(), st.sampled_from([1.0, 0.5, 10.0]))
def test_safe_ratio_is_finite_for_every_non_negative_input(pair, smoothing):
    numerator, denominator = pair
    got = safe_ratio(numerator, denominator, smoothing)
    assert isinstance(got, pd.Series) and len(got) == len(numerator), (
        f"safe_ratio ({WHERE}) must return a Series as long as its inputs")
    assert np.isfinite(got.to_numpy(dtype=float)).all(), (
        f"safe_ratio ({WHERE}) returned {got.tolist()} for numerator {numerator.tolist()}, "
        f"denominator {denominator.tolist()}: every non-negative input must give a finite ratio")
    expected = numerator / (denominator + smoothing)
    assert np.allclose(got.to_numpy(dtype=float), expected.to_numpy(), rtol=1e-12, atol=0), (
        f"safe_ratio ({WHERE}) must compute numerator / (denominator + smoothing)")


@given(numerator_denominator(), non_negative)
def test_more_numerator_never_lowers_and_more_denominator_never_raises_the_ratio(pair, extra):
    numerator, denominator = pair
    base = safe_ratio(numerator, denominator).to_numpy(dtype=float)
    assert (safe_ratio(numerator + extra, denominator).to_numpy(dtype=float) >= base).all(), (
        f"safe_ratio ({WHERE}) fell when the numerator grew")
    assert (safe_ratio(numerator, denominator + extra).to_numpy(dtype=float) <= base).all(), (
        f"safe_ratio ({WHERE}) rose when the denominator grew")


def test_missing_values_stay_missing_and_keep_the_index():
    numerator = pd.Series([10.0, np.nan, 3.0], index=[7, 3, 5])
    denominator = pd.Series([0.0, 2.0, np.nan], index=[7, 3, 5])
    got = safe_ratio(numerator, denominator)
    assert list(got.index) == [7, 3, 5], f"safe_ratio ({WHERE}) must keep the input's index"
    assert got.iloc[0] == pytest.approx(10.0) and got.iloc[1:].isna().all(), (
        f"safe_ratio ({WHERE}) returned {got.tolist()}: a missing input gives a missing ratio "
        "(NaN), not 0 and not inf")


def test_negative_values_and_bad_smoothing_raise_value_error():
    calls = {
        "a negative numerator": lambda: safe_ratio(pd.Series([-1.0]), pd.Series([1.0])),
        "a negative denominator (-1 + 1 would divide by zero)": lambda: safe_ratio(pd.Series([1.0]), pd.Series([-1.0])),
        "smoothing 0": lambda: safe_ratio(pd.Series([1.0]), pd.Series([0.0]), 0.0),
    }
    for what, call in calls.items():
        with pytest.raises(ValueError):
            call()
            pytest.fail(f"safe_ratio ({WHERE}) accepted {what}: raise ValueError")


def test_stat_ratios_on_the_data_are_finite_and_do_not_touch_the_input(pokemon):
    pokemon.loc[pokemon.index[:40], "defense"] = 0  # an upstream bug sends zeros
    before = pokemon.copy(deep=True)
    got = stat_ratios(pokemon)
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the frame after stat_ratios ({WHERE})")
    assert list(got.columns) == list(RATIOS), f"stat_ratios ({WHERE}) must return the columns {list(RATIOS)}"
    assert got.index.equals(pokemon.index), f"stat_ratios ({WHERE}) must keep the rows and their order"
    assert np.isfinite(got.to_numpy(dtype=float)).all(), f"stat_ratios ({WHERE}) produced inf or NaN"
    for name, (top, bottom) in RATIOS.items():
        expected = pokemon[top] / (pokemon[bottom] + 1.0)
        assert np.allclose(got[name], expected), f"stat_ratios ({WHERE}): {name} must be safe_ratio({top}, {bottom})"


@settings(max_examples=20)
@given(st.lists(st.tuples(*[non_negative] * 6), min_size=0, max_size=10))
def test_stat_ratios_is_finite_for_any_non_negative_frame(rows):
    frame = pd.DataFrame(rows, columns=["attack", "defense", "sp_attack", "sp_defense", "weight_kg", "height_m"],
                         dtype="float64")
    got = stat_ratios(frame)
    assert len(got) == len(frame) and np.isfinite(got.to_numpy(dtype=float)).all(), (
        f"stat_ratios ({WHERE}) produced inf or NaN for a frame of non-negative values: {rows}")
