"""Kata 4.6: true and false positive rates per group, and the largest gap between groups."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from katas.module4_evaluation.fairness import RATE_COLUMNS, group_rates, largest_gap

FILE = "katas/module4_evaluation/fairness.py"
EXPECTED_COLUMNS = ["group", "rows", "positives", "negatives", "tpr", "fpr"]


@st.composite
def grouped_predictions(draw):
    n = draw(st.integers(1, 40))
    bits = st.lists(st.integers(0, 1), min_size=n, max_size=n)
    groups = draw(st.lists(st.sampled_from(["gen 1", "gen 2", "Flabébé", "ポケモン"]), min_size=n, max_size=n))
    return np.array(draw(bits)), np.array(draw(bits)), np.array(groups)


def same(a, b):
    return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)


@given(grouped_predictions())
def test_rates_per_group_follow_their_definitions(data):
    y_true, y_pred, groups = data
    table = group_rates(y_true, y_pred, groups)
    assert list(table.columns) == EXPECTED_COLUMNS, f"group_rates ({FILE}) must have the columns {EXPECTED_COLUMNS}"
    assert list(table["group"]) == sorted(set(groups.tolist())), (
        f"group_rates ({FILE}) must have one row per group, sorted by group")
    for _, row in table.iterrows():
        member = groups == row["group"]
        t, p = y_true[member].astype(bool), y_pred[member].astype(bool)
        positives, negatives = int(t.sum()), int((~t).sum())
        tpr = (t & p).sum() / positives if positives else math.nan
        fpr = (~t & p).sum() / negatives if negatives else math.nan
        assert (row["rows"], row["positives"], row["negatives"]) == (member.sum(), positives, negatives), (
            f"group_rates ({FILE}): group {row['group']!r} has {member.sum()} rows, {positives} positives, "
            f"{negatives} negatives; the table says {row['rows']}, {row['positives']}, {row['negatives']}")
        assert same(row["tpr"], tpr), (
            f"group_rates ({FILE}): tpr of {row['group']!r} is {row['tpr']}, expected {tpr} (true positives over "
            "the group's positives; NaN when it has none)")
        assert same(row["fpr"], fpr), (
            f"group_rates ({FILE}): fpr of {row['group']!r} is {row['fpr']}, expected {fpr} (false positives over "
            "the group's NEGATIVES, not over all its rows; NaN when it has none)")


def test_rates_by_generation_on_the_pokemon(pokemon):
    total = pokemon[["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]].sum(axis=1)
    table = group_rates(pokemon["is_legendary"].astype(int), (total > 560).astype(int), pokemon["generation"])
    assert list(table["group"]) == list(range(1, 9)) and table["rows"].sum() == len(pokemon), (
        f"group_rates ({FILE}) must cover generations 1..8 and every row")
    assert list(RATE_COLUMNS) == EXPECTED_COLUMNS


def test_undefined_rates_do_not_invent_a_gap():
    rates = pd.DataFrame({"group": ["a", "b", "c"], "tpr": [0.8, 0.7, math.nan], "fpr": [0.1, 0.1, 0.2]})
    assert largest_gap(rates, "tpr") == pytest.approx(0.1), (
        f"largest_gap ({FILE}) must skip groups whose rate is NaN (no positives): a missing rate is not 0")
    assert largest_gap(rates, "fpr") == pytest.approx(0.1)
    assert largest_gap(rates.iloc[[0]], "tpr") == 0.0, f"largest_gap ({FILE}) of one group is 0.0"


@given(st.lists(st.one_of(st.floats(0, 1), st.just(math.nan)), min_size=1, max_size=8))
def test_largest_gap_is_max_minus_min_of_defined_rates(values):
    rates = pd.DataFrame({"group": range(len(values)), "tpr": values})
    defined = [v for v in values if not math.isnan(v)]
    expected = max(defined) - min(defined) if len(defined) >= 2 else 0.0
    gap = largest_gap(rates, "tpr")
    assert gap == pytest.approx(expected), (
        f"largest_gap ({FILE}) returned {gap} for rates {values}; expected {expected}: the largest difference "
        "between any two defined rates")


def test_mismatched_inputs_are_rejected():
    with pytest.raises(ValueError):
        group_rates([1, 0], [1], ["a", "b"])
    with pytest.raises(ValueError):
        group_rates([], [], [])
