"""Kata 5.2: LinearScorer gives the pipeline's probability without the DataFrame round-trip.

Rules of the docstrings, and the test that enforces each:

1. The probability equals the pipeline's within 1e-9: ``test_matches_the_pipeline_on_every_species``,
   ``test_matches_the_pipeline_on_any_valid_input`` (a float; a type the encoder never saw
   contributes nothing).
2. Extra keys are ignored, and the keys may come in any order (a mapping is read by name):
   ``test_extra_keys_are_ignored``, ``test_the_keys_may_come_in_any_order``.
3. Absurd stats give a probability, never an overflow, still the pipeline's within 1e-9:
   ``test_extreme_inputs_give_a_probability_not_an_overflow``.
4. The pipeline is read, never modified: ``test_the_scorer_does_not_modify_the_pipeline``.
5. At least 20 times faster than the one-row DataFrame call:
   ``test_the_fast_path_is_much_faster_than_the_dataframe_path``.
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework.strategies import TYPES
from kata_framework.timing import speedup
from katas.module5_serving.fast_path import LinearScorer

WHERE = "LinearScorer (katas/module5_serving/fast_path.py)"
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
REQUIRED_SPEEDUP = 20  # a correct scorer is hundreds of times faster


def pipeline_probability(pipeline, rows) -> np.ndarray:
    return pipeline.predict_proba(pd.DataFrame(rows))[:, 1]


def test_matches_the_pipeline_on_every_species(fitted_pipeline, feature_rows):
    scorer = LinearScorer(fitted_pipeline)
    fast = np.array([scorer.predict_proba(row) for row in feature_rows])
    expected = pipeline_probability(fitted_pipeline, feature_rows)
    worst = int(np.argmax(np.abs(fast - expected)))
    assert np.allclose(fast, expected, rtol=0, atol=1e-9), (
        f"{WHERE} disagrees with pipeline.predict_proba: for {feature_rows[worst]} it gave "
        f"{fast[worst]:.6f}, the pipeline {expected[worst]:.6f}. Check the scaling "
        "((x - mean) / scale), the intercept and which coefficient belongs to which column")


@settings(max_examples=30)
@given(type1=st.one_of(st.sampled_from(TYPES), st.sampled_from(["Shadow", "Stellar"])),
       stats=st.lists(st.integers(1, 255), min_size=6, max_size=6))
def test_matches_the_pipeline_on_any_valid_input(_fitted_pipeline, type1, stats):
    fitted_pipeline = copy.deepcopy(_fitted_pipeline)
    row = {"type1": type1, **dict(zip(STATS, stats))}
    got = LinearScorer(fitted_pipeline).predict_proba(row)
    expected = pipeline_probability(fitted_pipeline, [row])[0]
    assert isinstance(got, float), f"{WHERE}.predict_proba must return a float, got {type(got).__name__}"
    assert abs(got - expected) <= 1e-9, (
        f"{WHERE} gave {got:.6f} for {row}, the pipeline {expected:.6f}" +
        (": a type the encoder never saw contributes nothing (handle_unknown='ignore')"
         if type1 not in TYPES else ""))


def test_extra_keys_are_ignored(fitted_pipeline):
    scorer = LinearScorer(fitted_pipeline)
    row = {"type1": "Water", "hp": 44, "attack": 48, "defense": 65, "sp_attack": 50,
           "sp_defense": 64, "speed": 43}
    expected = pipeline_probability(fitted_pipeline, [row])[0]
    got = scorer.predict_proba({**row, "name": "Squirtle", "generation": 1})
    assert abs(got - expected) <= 1e-9, (
        f"{WHERE}.predict_proba must ignore keys other than type1 and the six stats; with "
        f"'name' and 'generation' added it gave {got}, expected {expected}")


def test_the_keys_may_come_in_any_order(fitted_pipeline):
    scorer = LinearScorer(fitted_pipeline)
    row = {"type1": "Dragon", "hp": 108, "attack": 130, "defense": 95, "sp_attack": 80,
           "sp_defense": 85, "speed": 102}
    shuffled = {"speed": 102, "sp_defense": 85, "name": "Garchomp", "defense": 95,
                "sp_attack": 80, "type1": "Dragon", "attack": 130, "hp": 108}
    got = scorer.predict_proba(shuffled)
    expected = pipeline_probability(fitted_pipeline, [row])[0]
    assert abs(got - expected) <= 1e-9, (
        f"{WHERE}.predict_proba gave {got} for the stats listed speed first and hp last, the "
        f"pipeline {expected}: a JSON body's keys come in any order, so read each stat by its "
        "name, never by its position in the mapping")


@pytest.mark.parametrize("value", [1, 255, 1e6, -1e6], ids=["1", "255", "1e6", "-1e6"])
def test_extreme_inputs_give_a_probability_not_an_overflow(fitted_pipeline, value):
    scorer = LinearScorer(fitted_pipeline)
    for type1 in ("Dragon", "Bug"):
        row = {"type1": type1, **{s: value for s in STATS}}
        try:
            probability = scorer.predict_proba(row)
        except OverflowError:
            pytest.fail(f"{WHERE} overflowed for all stats = {value}: math.exp(-logit) overflows "
                        "for a large negative logit; use exp(logit) / (1 + exp(logit)) there")
        assert 0.0 <= probability <= 1.0, f"{WHERE} gave {probability} for all stats = {value}"
        expected = pipeline_probability(fitted_pipeline, [row])[0]
        assert abs(probability - expected) <= 1e-9, (
            f"{WHERE} gave {probability!r} for all stats = {value}, the pipeline {expected!r}: "
            "the 1e-9 agreement holds for any stats, so do not clip the logit to a small range "
            "(1 / (1 + exp(-20)) is 2e-9 away from 1); switch between the two forms of the "
            "logistic function instead")


def test_the_scorer_does_not_modify_the_pipeline(fitted_pipeline, feature_rows):
    before = pipeline_probability(fitted_pipeline, feature_rows[:50])
    scorer = LinearScorer(fitted_pipeline)
    scorer.predict_proba(feature_rows[0])
    after = pipeline_probability(fitted_pipeline, feature_rows[:50])
    assert np.array_equal(before, after), f"{WHERE} changed the pipeline it was given: only read it"


@pytest.mark.timeout(20)
def test_the_fast_path_is_much_faster_than_the_dataframe_path(fitted_pipeline, feature_rows):
    scorer = LinearScorer(fitted_pipeline)
    rows = feature_rows[:20]

    def slow():  # the DataFrame round-trip, one request at a time
        for row in rows:
            fitted_pipeline.predict_proba(pd.DataFrame([row]))

    def fast():
        for row in rows:
            scorer.predict_proba(row)

    ratio = speedup(slow, fast, repeat=5)
    assert ratio >= REQUIRED_SPEEDUP, (
        f"{WHERE}.predict_proba is only {ratio:.1f}x faster than pipeline.predict_proba on a "
        f"one-row DataFrame; it must be at least {REQUIRED_SPEEDUP}x. Work the weights out once "
        "in __init__ and keep pandas and scikit-learn out of predict_proba")
