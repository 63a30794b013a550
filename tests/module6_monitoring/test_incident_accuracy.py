"""Kata 6.4: incident 1. Diagnose the accuracy drop as broken input and quarantine the bad rows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression  # imported at collection, outside the timeout
from hypothesis import given
from hypothesis import strategies as st

from kata_framework import data
from katas.module6_monitoring.incident_accuracy import (
    STAT_RANGES, diagnose_accuracy_drop, quarantine_invalid_rows,
)

WHERE = "katas/module6_monitoring/incident_accuracy.py"
STATS = list(STAT_RANGES)


@pytest.fixture(scope="module")
def weeks():
    return data.incident("accuracy_drop/week_before"), data.incident("accuracy_drop/week_after")


@pytest.fixture(scope="module")
def production_model():
    """The model in production: balanced logistic regression on the six stats."""
    reference = data.production_batch("reference")
    return LogisticRegression(max_iter=1000, class_weight="balanced").fit(
        reference[STATS], reference["is_legendary"])


def test_the_incident_is_diagnosed_as_broken_defense(weeks):
    before, after = weeks
    diagnosis = diagnose_accuracy_drop(before.copy(), after.copy(), STAT_RANGES)
    assert diagnosis.kind == "broken_input" and list(diagnosis.columns) == ["defense"], (
        f"diagnose_accuracy_drop ({WHERE}) answered kind={diagnosis.kind!r}, "
        f"columns={list(diagnosis.columns)}; in the week after, a quarter of the rows carry "
        "defense = 999, a value no species has: that is broken input, not drift. Check the valid "
        "ranges first")
    share = diagnosis.invalid_share
    assert set(share) == set(STATS) and 0.2 <= share["defense"] <= 0.3 and all(
        share[c] == 0 for c in STATS if c != "defense"), (
        f"diagnose_accuracy_drop ({WHERE}): invalid_share must give, for every checked column, "
        f"the share of rows outside its range; got {share}")


def test_valid_but_shifted_inputs_are_data_drift():
    reference, batch = data.production_batch("reference"), data.production_batch("batch_05")
    diagnosis = diagnose_accuracy_drop(reference, batch, STAT_RANGES)
    assert diagnosis.kind == "data_drift" and list(diagnosis.columns) == ["hp", "speed"], (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} {list(diagnosis.columns)} "
        "for batch_05 (HP scaled, speed lowered, all values valid): expected data_drift on "
        "['hp', 'speed'] (KS per column, Bonferroni)")


def test_unchanged_inputs_point_to_concept_drift():
    reference, batch = data.production_batch("reference"), data.production_batch("batch_01")
    diagnosis = diagnose_accuracy_drop(reference, batch, STAT_RANGES)
    assert diagnosis.kind == "concept_drift" and list(diagnosis.columns) == [], (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} {list(diagnosis.columns)} "
        "for a batch whose inputs did not change: if accuracy still fell, the concept moved")


def test_quarantine_sets_aside_exactly_the_impossible_rows(weeks):
    _, after = weeks
    before_call = after.copy()
    valid, quarantined = quarantine_invalid_rows(after, STAT_RANGES)
    pd.testing.assert_frame_equal(after, before_call, obj=f"the frame after quarantine_invalid_rows ({WHERE})")
    expected_bad = after.index[(after[STATS] < 5).any(axis=1) | (after[STATS] > 255).any(axis=1)]
    assert sorted(quarantined.index) == sorted(expected_bad), (
        f"quarantine_invalid_rows ({WHERE}) set aside {len(quarantined)} rows; the rows with a "
        f"stat outside 5-255 are {len(expected_bad)}")
    assert sorted(valid.index) == sorted(after.index.difference(expected_bad)) and list(valid.columns) == list(after.columns)


def test_the_fix_restores_the_models_accuracy(weeks, production_model):
    before, after = weeks
    valid, _ = quarantine_invalid_rows(after, STAT_RANGES)

    def accuracy(frame):
        return float(np.mean(production_model.predict(frame[STATS]) == frame["is_legendary"]))

    assert accuracy(after) < accuracy(before) - 0.1, "the incident data must show the drop"
    assert abs(accuracy(valid) - accuracy(before)) <= 0.03, (
        f"quarantine_invalid_rows ({WHERE}): on the rows it keeps, the model's accuracy is "
        f"{accuracy(valid):.1%}, the week before {accuracy(before):.1%}")


frames = st.lists(st.tuples(*[st.one_of(st.integers(-10, 300), st.just(float("nan")))] * 2),
                  max_size=15).map(lambda rows: pd.DataFrame(rows, columns=["hp", "defense"], dtype=float))


@given(frame=frames)
def test_quarantine_partitions_any_frame(frame):
    ranges = {"hp": (5, 255), "defense": (5, 255)}
    valid, quarantined = quarantine_invalid_rows(frame, ranges)
    assert sorted([*valid.index, *quarantined.index]) == sorted(frame.index), (
        f"quarantine_invalid_rows ({WHERE}) must put every row in exactly one of the two frames")
    assert not valid.isna().any().any() and valid.apply(lambda c: c.between(5, 255)).all().all(), (
        f"quarantine_invalid_rows ({WHERE}) kept a row with a missing or out-of-range value")
    ok = frame.notna().all(axis=1) & frame.apply(lambda c: c.between(5, 255)).all(axis=1)
    assert len(valid) == int(ok.sum()), f"quarantine_invalid_rows ({WHERE}) set aside valid rows"
