"""Kata 4.6: true and false positive rates per group with counts and intervals, and the largest
gap between groups large enough to measure.

Rules and the tests that enforce them:

1. One row per group, sorted, with exactly ``RATE_COLUMNS``; counts of rows, positives and
   negatives: ``test_rates_per_group_follow_their_definitions``, ``test_rates_by_generation_on_the_pokemon``.
2. ``tpr`` divides by the group's positives, ``fpr`` by its negatives; an empty denominator
   gives NaN (rate and bounds): the same property test.
3. Each rate has its 95% Wilson (or Clopper–Pearson) interval, to 1e-4 (the rounded z = 1.96 is
   accepted), never outside [0, 1]: ``test_each_rate_has_its_95_percent_interval``,
   ``test_bounds_never_leave_zero_to_one``.
4. Labels, predictions and groups are matched by position, never by a pandas index:
   ``test_inputs_are_matched_by_position``.
5. ``largest_gap`` is max minus min of the defined rates of groups whose denominator is at
   least ``min_count`` (exactly ``min_count`` takes part; 30 by default: ``test_the_default_min_count_is_30``),
   0.0 with fewer than two:
   ``test_largest_gap_is_max_minus_min_of_defined_rates``, ``test_small_groups_do_not_raise_the_alarm``,
   ``test_min_count_counts_the_rates_denominator``, ``test_undefined_rates_do_not_invent_a_gap``.
6. ``Raises: ValueError`` for mismatched or empty inputs and ``min_count < 1``:
   ``test_bad_inputs_are_rejected``, ``test_min_count_below_one_is_rejected``.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module4_evaluation.fairness import RATE_COLUMNS, group_rates, largest_gap

FILE = "katas/module4_evaluation/fairness.py"
RATES = f"group_rates ({FILE})"
GAP = f"largest_gap ({FILE})"
EXPECTED_COLUMNS = ["group", "rows", "positives", "negatives", "tpr", "tpr_low", "tpr_high", "fpr", "fpr_low",
                    "fpr_high"]


@st.composite
def grouped_predictions(draw):
    n = draw(st.integers(1, 40))
    bits = st.lists(st.integers(0, 1), min_size=n, max_size=n)
    groups = draw(st.lists(st.sampled_from(["gen 1", "gen 2", "Flabébé", "ポケモン"]), min_size=n, max_size=n))
    return np.array(draw(bits)), np.array(draw(bits)), np.array(groups)


def same(a, b):
    return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)


@settings(max_examples=20)
@given(grouped_predictions())
@example((np.array([1, 0, 1, 0]), np.array([1, 1, 0, 0]), np.array(["a", "a", "b", "b"]))).via("the docstring")
@example((np.array([0, 0, 1]), np.array([1, 0, 1]), np.array(["a", "a", "b"]))).via("a group without positives")
def test_rates_per_group_follow_their_definitions(data):
    y_true, y_pred, groups = data
    table = group_rates(y_true, y_pred, groups)
    assert list(table.columns) == EXPECTED_COLUMNS, f"{RATES} must have exactly the columns {EXPECTED_COLUMNS}"
    assert list(table["group"]) == sorted(set(groups.tolist())), f"{RATES} must have one row per group, sorted by group"
    for _, row in table.iterrows():
        member = groups == row["group"]
        t, p = y_true[member].astype(bool), y_pred[member].astype(bool)
        positives, negatives = int(t.sum()), int((~t).sum())
        tpr = (t & p).sum() / positives if positives else math.nan
        fpr = (~t & p).sum() / negatives if negatives else math.nan
        assert (row["rows"], row["positives"], row["negatives"]) == (member.sum(), positives, negatives), (
            f"{RATES}: group {row['group']!r} has {member.sum()} rows, {positives} positives, {negatives} negatives; "
            f"the table says {row['rows']}, {row['positives']}, {row['negatives']}")
        assert same(row["tpr"], tpr), (
            f"{RATES}: tpr of {row['group']!r} is {row['tpr']}, expected {tpr} (true positives over the group's "
            "positives; NaN when it has none)")
        assert same(row["fpr"], fpr), (
            f"{RATES}: fpr of {row['group']!r} is {row['fpr']}, expected {fpr} (false positives over the group's "
            "NEGATIVES, not over all its rows; NaN when it has none)")
        for rate, value in (("tpr", tpr), ("fpr", fpr)):
            low, high = row[f"{rate}_low"], row[f"{rate}_high"]
            if math.isnan(value):
                assert math.isnan(low) and math.isnan(high), (
                    f"{RATES}: {rate} of {row['group']!r} is undefined, so its interval must be NaN too, got "
                    f"({low}, {high})")
            else:
                assert low - 1e-9 <= value <= high + 1e-9, (
                    f"{RATES}: the interval ({low:.3f}, {high:.3f}) of {rate} for {row['group']!r} must contain "
                    f"the rate {value:.3f}")


def accepted(successes, trials):
    from scipy.stats import binomtest  # imported once the learner's function has answered: a stub fails at once

    test = binomtest(int(successes), int(trials))
    return [tuple(map(float, test.proportion_ci(0.95, method=m))) for m in ("wilson", "wilsoncc", "exact")]


def test_each_rate_has_its_95_percent_interval():
    y_true = np.array([1] * 20 + [0] * 10 + [1] * 4 + [0] * 30)
    y_pred = np.array([1] * 20 + [1] * 3 + [0] * 7 + [1, 0, 0, 0] + [0] * 30)
    groups = np.array(["big"] * 30 + ["small"] * 34)
    table = group_rates(y_true, y_pred, groups).set_index("group")
    cases = {("big", "tpr"): (20, 20), ("big", "fpr"): (3, 10), ("small", "tpr"): (1, 4), ("small", "fpr"): (0, 30)}
    for (group, rate), (k, n) in cases.items():
        low, high = table.loc[group, f"{rate}_low"], table.loc[group, f"{rate}_high"]
        wilson = accepted(k, n)[0]
        # 1e-4 accepts the rounded z = 1.96 (bounds move by less than 2e-5) and nothing coarser.
        assert any(low == pytest.approx(a, abs=1e-4) and high == pytest.approx(b, abs=1e-4)
                   for a, b in accepted(k, n)), (
            f"{RATES}: the {rate} of group {group!r} is {k} of {n}; its 95% interval shows ({low:.4f}, {high:.4f}), "
            f"the Wilson interval is ({wilson[0]:.4f}, {wilson[1]:.4f}). 20 of 20 still has a real width "
            "(about 0.84 to 1.0)")


def test_bounds_never_leave_zero_to_one():
    y_true = np.array([1] * 9 + [0] * 2)
    y_pred = np.array([1] * 9 + [0] * 2)  # tpr 9 of 9 and fpr 0 of 2: where Wilson's formula rounds past [0, 1]
    table = group_rates(y_true, y_pred, np.array(["g"] * 11))
    for column in ("tpr_low", "tpr_high", "fpr_low", "fpr_high"):
        value = table[column].iloc[0]
        assert 0.0 <= value <= 1.0, (
            f"{RATES}: {column} is {value!r} for a tpr of 9 of 9 and an fpr of 0 of 2; the bounds of a rate lie "
            "within [0, 1]. Wilson's formula lands a rounding error outside there: clip with max(0.0, ...) and "
            "min(1.0, ...)")


def test_the_default_min_count_is_30():
    table = rates_table([30, 40, 29], [0.5, 0.9, 0.0])
    assert largest_gap(table) == pytest.approx(0.4), (
        f"{GAP} without min_count gave {largest_gap(table)}; by default a group needs at least 30 positives, so "
        "the groups with 30 and 40 take part (gap 0.9 - 0.5) and the one with 29 does not")


@pytest.mark.parametrize("y_true, y_pred, groups", [
    pytest.param(pd.Series([1, 1, 0, 0], index=[3, 2, 1, 0]), pd.Series([1, 0, 0, 1], index=[10, 11, 12, 13]),
                 pd.Series(["a", "a", "b", "b"], index=[2, 3, 0, 1]), id="three-series-with-their-own-indexes"),
    # Only the groups carry an index: a frame built from the labels has 0..3, and assigning the
    # groups to it as a column would reorder them by their labels 2, 3, 0, 1.
    pytest.param([1, 1, 0, 0], [1, 0, 0, 1], pd.Series(["a", "a", "b", "b"], index=[2, 3, 0, 1]),
                 id="lists-of-labels-and-a-series-of-groups"),
])
def test_inputs_are_matched_by_position(y_true, y_pred, groups):
    table = group_rates(y_true, y_pred, groups).set_index("group")
    got = (table.loc["a", "tpr"], table.loc["b", "fpr"])
    assert got == (0.5, 0.5), (
        f"{RATES} gave tpr(a) {got[0]} and fpr(b) {got[1]} for labels [1, 1, 0, 0], predictions [1, 0, 0, 1], "
        "groups [a, a, b, b] (a Series whose index is 2, 3, 0, 1); expected 0.5 and 0.5. Match the inputs by "
        "position (np.asarray), not by index")


def test_rates_by_generation_on_the_pokemon(pokemon):
    total = pokemon[["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]].sum(axis=1)
    table = group_rates(pokemon["is_legendary"].astype(int), (total > 560).astype(int), pokemon["generation"])
    assert list(table["group"]) == list(range(1, 9)) and table["rows"].sum() == len(pokemon), (
        f"{RATES} must cover generations 1..8 and every row")
    assert list(RATE_COLUMNS) == EXPECTED_COLUMNS, f"RATE_COLUMNS ({FILE}) must stay {EXPECTED_COLUMNS}"


def rates_table(positives, tpr, negatives=None, fpr=None):
    n = len(positives)
    return pd.DataFrame({"group": [f"g{i}" for i in range(n)], "positives": positives,
                         "negatives": negatives if negatives is not None else [100] * n,
                         "tpr": tpr, "fpr": fpr if fpr is not None else [0.1] * n})


def test_small_groups_do_not_raise_the_alarm():
    table = rates_table([200, 150, 5], [0.82, 0.78, 0.2])
    gap = largest_gap(table, "tpr", min_count=30)
    assert gap == pytest.approx(0.04), (
        f"{GAP} returned {gap:.2f}; the group with 5 positives has TPR 0.2 by the luck of a few cases and must "
        "be left out (fewer than min_count=30 positives): the gap between the two large groups is 0.04")


@pytest.mark.parametrize("positives, expected", [
    pytest.param(30, 0.5, id="exactly-min-count-takes-part"),
    pytest.param(29, 0.0, id="one-below-min-count-is-left-out"),
])
def test_min_count_boundary(positives, expected):
    table = rates_table([100, positives], [0.9, 0.4])
    gap = largest_gap(table, "tpr", min_count=30)
    assert gap == pytest.approx(expected), (
        f"{GAP} returned {gap} with a group of {positives} positives and min_count=30; a group takes part when "
        f"its denominator is AT LEAST min_count, so the gap is {expected}")


def test_min_count_counts_the_rates_denominator():
    # 200 rows each, but the second group has only 10 positives: its TPR rests on 10 cases.
    table = rates_table([100, 10], [0.9, 0.4], negatives=[100, 190], fpr=[0.1, 0.3]).assign(rows=200)
    assert largest_gap(table, "tpr", min_count=30) == 0.0, (
        f"{GAP}: a TPR rests on the group's POSITIVES (10 here), not its 200 rows; leave the group out of the "
        "TPR gap when its positives are fewer than min_count")
    assert largest_gap(table, "fpr", min_count=30) == pytest.approx(0.2), (
        f"{GAP}: an FPR rests on the group's NEGATIVES (100 and 190 here, both enough): the FPR gap is 0.2")


def test_undefined_rates_do_not_invent_a_gap():
    table = rates_table([40, 40, 0], [0.8, 0.7, math.nan])
    assert largest_gap(table, "tpr", min_count=1) == pytest.approx(0.1), (
        f"{GAP} must skip groups whose rate is NaN (no positives): a missing rate is not 0")
    assert largest_gap(table.iloc[[0]], "tpr", min_count=1) == 0.0, f"{GAP} of one group is 0.0"


@given(st.lists(st.tuples(st.one_of(st.floats(0, 1), st.just(math.nan)), st.integers(0, 60)), min_size=1, max_size=8))
@example([(0.9, 30), (0.5, 29)]).via("one group just below min_count")
@example([(0.9, 30), (math.nan, 0)]).via("one undefined rate")
def test_largest_gap_is_max_minus_min_of_defined_rates(groups):
    table = rates_table([n for _, n in groups], [r for r, _ in groups])
    defined = [r for r, n in groups if not math.isnan(r) and n >= 30]
    expected = max(defined) - min(defined) if len(defined) >= 2 else 0.0
    gap = largest_gap(table, "tpr", min_count=30)
    assert gap == pytest.approx(expected), (
        f"{GAP} returned {gap} for (tpr, positives) {groups} and min_count=30; expected {expected}: the largest "
        "difference between defined rates of groups with at least min_count positives")


@pytest.mark.parametrize("y_true, y_pred, groups", [
    pytest.param([1, 0], [1], ["a", "b"], id="fewer-predictions"),
    pytest.param([1, 0], [1, 0], ["a"], id="fewer-groups"),
    pytest.param([], [], [], id="no-rows"),
])
def test_bad_inputs_are_rejected(y_true, y_pred, groups):
    with must_raise(ValueError, f"{RATES} must refuse labels {y_true}, predictions {y_pred}, groups {groups}"):
        group_rates(y_true, y_pred, groups)


def test_min_count_below_one_is_rejected():
    with must_raise(ValueError, f"{GAP} must refuse min_count=0"):
        largest_gap(rates_table([40, 40], [0.8, 0.7]), "tpr", min_count=0)
