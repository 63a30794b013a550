"""Kata 2.2: safe_ratio, power_ratio and stat_ratios divide exactly where they can and stay finite.

Rules (each enforced by the test named):
1. Where the denominator is at least ``floor`` the result is the exact ratio, so those rows keep
   their order (1/1 > 3/4): test_the_ratio_is_exact_where_the_denominator_reaches_the_floor.
2. A denominator below ``floor`` (0 above all) is raised to ``floor``; 0 / 0 is 0:
   test_a_denominator_below_the_floor_divides_by_the_floor.
3. Finite for every non-negative input: test_safe_ratio_is_finite_for_every_non_negative_input.
4. More numerator never lowers, more denominator never raises the ratio:
   test_more_numerator_never_lowers_and_more_denominator_never_raises_the_ratio.
5. NaN in either input gives NaN, the numerator's index is kept:
   test_missing_values_stay_missing_and_keep_the_index.
6. Raises ValueError on a negative value or a floor that is not > 0 (0, negative, NaN):
   test_safe_ratio_refuses.
7. power_ratio is safe_ratio(attack, defense) named "power_ratio": test_power_ratio_survives_defense_zero;
   it refuses a negative stat as safe_ratio does: test_power_ratio_refuses_a_negative_stat; it
   leaves the caller's frame untouched: test_power_ratio_does_not_touch_the_input.
8. stat_ratios: one column per RATIOS entry, in order, each with its own floor in its own unit
   (1 point for stats, 0.1 m for heights, checked at and just above the floor), a non-default
   index kept, input untouched, all-zero rows give 0, a negative value refused: test_stat_ratios_*.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from kata_framework.strategies import non_negative
from katas.module2_features.ratios import RATIOS, power_ratio, safe_ratio, stat_ratios

WHERE = "katas/module2_features/ratios.py"
STAT_FRAME_COLUMNS = ["attack", "defense", "sp_attack", "sp_defense", "weight_kg", "height_m"]


@st.composite
def numerator_denominator(draw):
    n = draw(st.integers(0, 20))
    values = st.lists(non_negative, min_size=n, max_size=n)
    return pd.Series(draw(values), dtype="float64"), pd.Series(draw(values), dtype="float64")


def _floats(series: pd.Series) -> np.ndarray:
    return series.to_numpy(dtype="float64")


def test_the_ratio_is_exact_where_the_denominator_reaches_the_floor():
    got = safe_ratio(pd.Series([1.0, 3.0, 5.0]), pd.Series([1.0, 4.0, 2.0]))
    assert _floats(got) == pytest.approx([1.0, 0.75, 2.5], rel=1e-12), (
        f"safe_ratio ({WHERE}) returned {got.tolist()} for 1/1, 3/4, 5/2: where the denominator is at "
        "least the floor, return the exact ratio numerator / denominator (adding 1 to every "
        "denominator changes every ratio and reverses 1/1 > 3/4)")
    heights = safe_ratio(pd.Series([6.0, 6.0]), pd.Series([0.1, 0.3]), floor=0.1)
    assert _floats(heights) == pytest.approx([60.0, 20.0], rel=1e-12), (
        f"safe_ratio ({WHERE}) returned {heights.tolist()} for 6 kg over 0.1 m and 0.3 m with floor 0.1: "
        "a denominator equal to or above the floor divides exactly, in its own unit")


@settings(max_examples=25)
@given(st.lists(st.tuples(non_negative, st.floats(1.0, 1e6)), min_size=1, max_size=15),
       st.sampled_from([1.0, 0.1, 0.5]))
@example([(3.0, 4.0), (1.0, 1.0)], 1.0)
def test_exact_ratio_for_any_denominator_at_or_above_the_floor(pairs, floor):
    numerator = pd.Series([p[0] for p in pairs])
    denominator = pd.Series([max(p[1], floor) for p in pairs])
    got = _floats(safe_ratio(numerator, denominator, floor))
    assert np.allclose(got, _floats(numerator / denominator), rtol=1e-12, atol=0), (
        f"safe_ratio ({WHERE}) returned {got.tolist()} for numerators {numerator.tolist()} over "
        f"{denominator.tolist()} (floor {floor}): every denominator reaches the floor, so the result "
        "is the exact ratio")


@pytest.mark.parametrize(("numerator", "denominator", "floor", "expected"), [
    pytest.param(50.0, 0.0, 1.0, 50.0, id="x-over-zero"),
    pytest.param(0.0, 0.0, 1.0, 0.0, id="zero-over-zero"),
    pytest.param(8.0, 0.5, 1.0, 8.0, id="below-the-floor"),
    pytest.param(6.0, 0.0, 0.1, 60.0, id="zero-height-floor-0.1"),
    pytest.param(6.0, 0.05, 0.1, 60.0, id="height-below-floor-0.1"),
])
def test_a_denominator_below_the_floor_divides_by_the_floor(numerator, denominator, floor, expected):
    got = safe_ratio(pd.Series([numerator]), pd.Series([denominator]), floor)
    assert _floats(got) == pytest.approx([expected], rel=1e-12), (
        f"safe_ratio ({WHERE}) returned {got.tolist()} for {numerator} / {denominator} with floor {floor}: "
        f"a denominator below the floor is raised to the floor, so expect {expected}")


@settings(max_examples=25)
@given(numerator_denominator(), st.sampled_from([1.0, 0.5, 10.0]))
@example((pd.Series([0.0, 5.0]), pd.Series([0.0, 0.0])), 1.0)
def test_safe_ratio_is_finite_for_every_non_negative_input(pair, floor):
    numerator, denominator = pair
    got = safe_ratio(numerator, denominator, floor)
    assert isinstance(got, pd.Series) and len(got) == len(numerator), (
        f"safe_ratio ({WHERE}) must return a Series as long as its inputs")
    assert np.isfinite(_floats(got)).all(), (
        f"safe_ratio ({WHERE}) returned {got.tolist()} for numerator {numerator.tolist()}, "
        f"denominator {denominator.tolist()}: every non-negative input must give a finite ratio")


@settings(max_examples=25)
@given(numerator_denominator(), non_negative)
@example((pd.Series([2.0]), pd.Series([0.0])), 0.5)
def test_more_numerator_never_lowers_and_more_denominator_never_raises_the_ratio(pair, extra):
    numerator, denominator = pair
    base = _floats(safe_ratio(numerator, denominator))
    assert (_floats(safe_ratio(numerator + extra, denominator)) >= base).all(), (
        f"safe_ratio ({WHERE}) fell when the numerator grew")
    assert (_floats(safe_ratio(numerator, denominator + extra)) <= base).all(), (
        f"safe_ratio ({WHERE}) rose when the denominator grew from {denominator.tolist()} by {extra}")


def test_missing_values_stay_missing_and_keep_the_index():
    numerator = pd.Series([10.0, np.nan, 3.0, np.nan], index=[7, 3, 5, 11])
    denominator = pd.Series([0.0, 2.0, np.nan, 0.0], index=[7, 3, 5, 11])
    got = safe_ratio(numerator, denominator)
    assert list(got.index) == [7, 3, 5, 11], f"safe_ratio ({WHERE}) must keep the input's index"
    assert got.iloc[0] == pytest.approx(10.0) and got.iloc[1:].isna().all(), (
        f"safe_ratio ({WHERE}) returned {got.tolist()} for numerators {numerator.tolist()} over "
        f"{denominator.tolist()}: a missing input gives a missing ratio (NaN), not 0 and not inf")


@pytest.mark.parametrize(("what", "numerator", "denominator", "floor"), [
    pytest.param("a negative numerator", [-1.0], [1.0], 1.0, id="negative-numerator"),
    pytest.param("a negative denominator", [1.0, 2.0], [4.0, -1.0], 1.0, id="negative-denominator"),
    pytest.param("floor 0", [1.0], [0.0], 0.0, id="floor-zero"),
    pytest.param("a negative floor", [1.0], [2.0], -1.0, id="floor-negative"),
    pytest.param("a missing (NaN) floor", [1.0], [0.0], float("nan"), id="floor-nan"),
])
def test_safe_ratio_refuses(what, numerator, denominator, floor):
    with must_raise(ValueError, f"safe_ratio ({WHERE}) must refuse {what} with a ValueError"):
        safe_ratio(pd.Series(numerator), pd.Series(denominator), floor)


def test_power_ratio_survives_defense_zero():
    frame = pd.DataFrame({"attack": [80, 50, 0, 0, 3], "defense": [40, 0, 0, 120, 4]}, index=[4, 9, 2, 0, 6])
    got = power_ratio(frame)
    assert np.isfinite(_floats(got)).all(), (
        f"power_ratio ({WHERE}) returned {got.tolist()} for defense 0: guard the division")
    assert _floats(got) == pytest.approx([2.0, 50.0, 0.0, 0.0, 0.75]), (
        f"power_ratio ({WHERE}) returned {got.tolist()}, expected [2.0, 50.0, 0.0, 0.0, 0.75]: attack / "
        "defense, with defense 0 raised to the floor of 1 point (so 0 / 0 is 0)")
    assert got.name == "power_ratio", f"power_ratio ({WHERE}) must name its Series 'power_ratio', got {got.name!r}"
    assert list(got.index) == [4, 9, 2, 0, 6], f"power_ratio ({WHERE}) must keep the frame's index"


def test_power_ratio_does_not_touch_the_input():
    frame = pd.DataFrame({"attack": [80, 50, 0], "defense": [40, 0, 0]}, index=[5, 1, 8])
    before = frame.copy(deep=True)
    power_ratio(frame)
    pd.testing.assert_frame_equal(
        frame, before, obj=f"the frame after power_ratio ({WHERE}): return the ratio as a new Series and "
                           "leave the caller's frame as it was (no new column, no clipped defense)")


@pytest.mark.parametrize(("column", "value"), [
    pytest.param("attack", -5, id="negative-attack"),
    pytest.param("defense", -1, id="negative-defense"),
])
def test_power_ratio_refuses_a_negative_stat(column, value):
    frame = pd.DataFrame({"attack": [80, 50], "defense": [40, 10]})
    frame.loc[1, column] = value
    with must_raise(ValueError, f"power_ratio ({WHERE}) must refuse a negative {column} with a ValueError, as "
                                "safe_ratio does (reuse safe_ratio rather than dividing by hand)"):
        power_ratio(frame)


def test_stat_ratios_refuses_a_negative_value():
    frame = pd.DataFrame({"attack": [80.0], "defense": [40.0], "sp_attack": [-3.0], "sp_defense": [10.0],
                          "weight_kg": [6.0], "height_m": [0.5]})
    with must_raise(ValueError, f"stat_ratios ({WHERE}) must refuse a negative sp_attack with a ValueError, as "
                                "safe_ratio does"):
        stat_ratios(frame)


#: The floor of each ratio in its denominator's unit, as the docstring states it.
FLOORS = {"power_ratio": 1.0, "special_ratio": 1.0, "weight_per_height": 0.1}


def test_stat_ratios_on_the_data_are_exact_finite_and_do_not_touch_the_input(pokemon):
    pokemon.index = np.random.default_rng(0).permutation(len(pokemon)) + 1000  # not 0..n-1
    pokemon.loc[pokemon.index[:40], ["defense", "sp_defense", "height_m"]] = 0  # an upstream bug sends zeros
    pokemon.loc[pokemon.index[40:60], "sp_defense"] = 1  # exactly at the floor
    pokemon.loc[pokemon.index[40:60], "height_m"] = 0.1
    pokemon.loc[pokemon.index[60:80], "sp_defense"] = 2  # just above it
    pokemon.loc[pokemon.index[60:80], "height_m"] = 0.15
    before = pokemon.copy(deep=True)
    got = stat_ratios(pokemon)
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the frame after stat_ratios ({WHERE})")
    assert list(got.columns) == list(RATIOS), f"stat_ratios ({WHERE}) must return the columns {list(RATIOS)}"
    assert got.index.equals(pokemon.index), (
        f"stat_ratios ({WHERE}) must keep the frame's index (here not 0..n-1), the rows and their order")
    assert np.isfinite(got.to_numpy(dtype=float)).all(), f"stat_ratios ({WHERE}) produced inf or NaN"
    for name, (top, bottom, _floor) in RATIOS.items():
        floor = FLOORS[name]
        expected = pokemon[top] / pokemon[bottom].clip(lower=floor)
        assert np.allclose(got[name], expected, rtol=1e-12), (
            f"stat_ratios ({WHERE}): {name} must be safe_ratio({top}, {bottom}, floor={floor}), its floor in "
            f"{bottom}'s unit (a floor of 1 on heights of 0.3 m turns weight per height into weight)")


@settings(max_examples=20)
@given(st.lists(st.tuples(*[non_negative] * 6), min_size=0, max_size=10))
@example([(0.0,) * 6])
@example([(0.0,) * 6, (80.0, 40.0, 0.0, 0.0, 6.0, 0.3)])
def test_stat_ratios_is_finite_for_any_non_negative_frame(rows):
    frame = pd.DataFrame(rows, columns=STAT_FRAME_COLUMNS, dtype="float64")
    got = stat_ratios(frame)
    assert len(got) == len(frame) and np.isfinite(got.to_numpy(dtype=float)).all(), (
        f"stat_ratios ({WHERE}) produced inf or NaN for a frame of non-negative values: {rows}")
    all_zero = (frame == 0).all(axis=1).to_numpy()
    assert (got.to_numpy(dtype=float)[all_zero] == 0).all(), (
        f"stat_ratios ({WHERE}) gave {got[all_zero].to_dict('records')} for an all-zero row: 0 / 0 is 0")
