"""Kata 6.6: incident 3. Every prediction is one class: diagnose training/serving skew and
prove the repaired features bring the predictions back.

Rules and the tests that enforce them:

1. Ratio of MEDIANS (serving over training), so a few garbage values do not flag a column:
   ``test_skew_is_found_both_ways_and_outliers_do_not_count``.
2. Skewed when the ratio is above 2 or below 1/2, either way (x1000 as well as /100); exactly 2
   or 1/2 is not skewed: ``test_skew_is_found_both_ways_and_outliers_do_not_count``,
   ``test_a_ratio_of_exactly_two_is_not_skew``, ``test_a_ratio_just_past_two_is_skew``,
   ``test_matching_data_has_no_skew``.
3. The scale is the ratio ROUNDED to the nearest power of ten:
   ``test_the_diagnosis_is_skew_on_the_six_stats_by_a_factor_of_100``, ``test_a_ratio_just_past_two_is_skew``,
   ``test_skew_is_found_both_ways_and_outliers_do_not_count``.
4. Columns in the order checked, not by size of the skew: the same tests and
   ``test_skewed_columns_come_in_the_order_checked``.
5. ``repair_serving_features`` divides each skewed column by its scale, leaves the others and
   the caller's frame alone, for scales below 1 and above: ``test_repaired_features_look_like_training_and_unskew_the_predictions``,
   ``test_repair_divides_by_the_scale_either_way`` (fractional values stay fractional),
   ``test_repair_leaves_healthy_columns_alone``; a copy even when nothing is skewed:
   ``test_a_repair_without_skew_is_still_a_copy``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from scipy.stats import ks_2samp
from sklearn.linear_model import LogisticRegression  # imported at collection, outside the timeout

from kata_framework import data
from katas.module6_monitoring.incident_one_class import (
    SkewDiagnosis,
    diagnose_one_class,
    repair_serving_features,
)

WHERE = "katas/module6_monitoring/incident_one_class.py"
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]


@pytest.fixture(scope="module")
def incident():
    return data.incident("one_class/training_sample"), data.incident("one_class/serving_log")


@pytest.fixture(scope="module")
def model(incident):
    training, _ = incident
    return LogisticRegression(max_iter=1000, class_weight="balanced").fit(
        training[STATS], training["is_legendary"])


def test_the_diagnosis_is_skew_on_the_six_stats_by_a_factor_of_100(incident):
    training, serving = incident
    diagnosis = diagnose_one_class(training.copy(), serving.copy(), STATS + ["generation"])
    assert diagnosis.kind == "training_serving_skew" and list(diagnosis.columns) == STATS, (
        f"diagnose_one_class ({WHERE}) answered {diagnosis.kind!r} on {list(diagnosis.columns)}; "
        "the serving log's six stats are a hundred times smaller than in training, generation is "
        "fine")
    wrong = {c: s for c, s in diagnosis.scale.items() if not np.isclose(s, 0.01, rtol=1e-9)}
    assert set(diagnosis.scale) == set(STATS) and not wrong, (
        f"diagnose_one_class ({WHERE}) estimated scales {diagnosis.scale}: round the median ratio "
        "to the nearest power of ten (unit mistakes come in powers of ten); expected 0.01")


def test_skew_is_found_both_ways_and_outliers_do_not_count():
    rng = np.random.default_rng(6)
    columns = ["hp", "attack", "defense", "speed"]
    training = pd.DataFrame({c: rng.integers(20, 160, 300).astype(float) for c in columns})
    serving = pd.DataFrame({c: rng.integers(20, 160, 200).astype(float) for c in columns})
    serving["hp"] *= 1000      # sent in thousandths: median ratio about 957
    serving["speed"] /= 100    # sent as a fraction: median ratio about 0.0114
    serving.loc[:2, "defense"] = 1e6  # three garbage values; the median does not move
    diagnosis = diagnose_one_class(training, serving, columns)
    assert diagnosis.kind == "training_serving_skew" and list(diagnosis.columns) == ["hp", "speed"], (
        f"diagnose_one_class ({WHERE}) flagged {list(diagnosis.columns)}; hp arrives 1000 times too large and speed "
        "100 times too small: check both directions (ratio > 2 or < 1/2). defense only has three garbage values: "
        "compare MEDIANS, which a few outliers cannot move")
    expected = {"hp": 1000.0, "speed": 0.01}
    assert set(diagnosis.scale) == set(expected) and all(
        np.isclose(diagnosis.scale[c], v, rtol=1e-9) for c, v in expected.items()), (
        f"diagnose_one_class ({WHERE}) estimated scales {diagnosis.scale}; the median ratios are about 957 and "
        "0.0114: ROUND log10 of the ratio to the nearest integer (floor or int() give 100 and 0.1)")


def test_skewed_columns_come_in_the_order_checked():
    training = pd.DataFrame({"hp": [40.0, 50.0, 60.0], "attack": [40.0, 50.0, 60.0], "speed": [40.0, 50.0, 60.0]})
    serving = pd.DataFrame({"hp": [400.0, 500.0, 600.0], "attack": [40.0, 50.0, 60.0],
                            "speed": [0.04, 0.05, 0.06]})  # hp x10, speed /1000
    diagnosis = diagnose_one_class(training, serving, ["hp", "attack", "speed"])
    assert list(diagnosis.columns) == ["hp", "speed"], (
        f"diagnose_one_class ({WHERE}) listed {list(diagnosis.columns)}; hp (x10) and speed (/1000) are skewed, and "
        "the columns come in the order checked (the order of `columns`), not sorted by the size of the skew")


@pytest.mark.parametrize("factor, scale", [(3.5, 10.0), (0.3, 0.1)], ids=["3.5-times", "0.3-times"])
def test_a_ratio_just_past_two_is_skew(factor, scale):
    training = pd.DataFrame({"hp": [10.0, 20.0, 30.0]})
    serving = pd.DataFrame({"hp": [10.0 * factor, 20.0 * factor, 30.0 * factor]})
    diagnosis = diagnose_one_class(training, serving, ["hp"])
    assert diagnosis.kind == "training_serving_skew" and list(diagnosis.columns) == ["hp"], (
        f"diagnose_one_class ({WHERE}) missed a median ratio of {factor}; a column is skewed when the ratio is above "
        "SKEW_LIMIT (2) or below 1/2")
    assert diagnosis.scale["hp"] == pytest.approx(scale), (
        f"diagnose_one_class ({WHERE}) gave scale {diagnosis.scale['hp']} for a ratio of {factor}; the scale is the "
        f"ratio rounded to the nearest power of ten, {scale}")


@pytest.mark.parametrize("factor", [2.0, 0.5], ids=["exactly-twice", "exactly-half"])
def test_a_ratio_of_exactly_two_is_not_skew(factor):
    training = pd.DataFrame({"hp": [10.0, 20.0, 30.0]})
    serving = pd.DataFrame({"hp": [10.0 * factor, 20.0 * factor, 30.0 * factor]})
    diagnosis = diagnose_one_class(training, serving, ["hp"])
    assert diagnosis.kind == "none" and list(diagnosis.columns) == [], (
        f"diagnose_one_class ({WHERE}) flagged a median ratio of exactly {factor}; skew means ABOVE 2 or BELOW 1/2")


@given(values=st.lists(st.integers(5, 255), min_size=1, max_size=30))
@example(values=[5]).via("one row")
def test_matching_data_has_no_skew(values):
    frame = pd.DataFrame({"hp": values})
    diagnosis = diagnose_one_class(frame, frame.copy(), ["hp"])
    assert diagnosis.kind == "none" and list(diagnosis.columns) == [] and not diagnosis.scale, (
        f"diagnose_one_class ({WHERE}) found skew between identical samples: {diagnosis}")


def test_repaired_features_look_like_training_and_unskew_the_predictions(incident, request):
    training, serving = incident
    before = serving.copy()
    diagnosis = diagnose_one_class(training, serving, STATS)
    repaired = repair_serving_features(serving, diagnosis)
    model = request.getfixturevalue("model")  # fitted only once the learner's code has run
    pd.testing.assert_frame_equal(serving, before, obj=f"the serving log after repair_serving_features ({WHERE})")
    assert list(repaired.columns) == list(serving.columns) and len(repaired) == len(serving)
    for column in STATS:
        p_value = ks_2samp(training[column], repaired[column]).pvalue
        assert p_value > 0.001, (
            f"repair_serving_features ({WHERE}): repaired {column} still differs from training "
            f"(KS p = {p_value:.2g}); divide by the diagnosed scale")
    broken_rate = model.predict(serving[STATS]).mean()
    repaired_rate = model.predict(repaired[STATS]).mean()
    training_rate = model.predict(training[STATS]).mean()
    assert broken_rate < 0.01 and abs(repaired_rate - training_rate) < 0.05, (
        f"repair_serving_features ({WHERE}): the model predicts legendary for {repaired_rate:.1%} "
        f"of repaired rows, {training_rate:.1%} on training, {broken_rate:.1%} before the repair")


@pytest.mark.parametrize("scale", [0.01, 10.0, 1000.0], ids=["divided-by-100", "times-10", "times-1000"])
def test_repair_divides_by_the_scale_either_way(scale):
    serving = pd.DataFrame({"hp": [45.0 * scale, 60.0 * scale, 72.5 * scale]})
    diagnosis = SkewDiagnosis("training_serving_skew", ["hp"], {"hp": scale})
    repaired = repair_serving_features(serving, diagnosis)
    assert np.allclose(repaired["hp"], [45.0, 60.0, 72.5]), (
        f"repair_serving_features ({WHERE}) turned hp sent at scale {scale} ({serving['hp'].tolist()}) into "
        f"{repaired['hp'].tolist()}; divide each skewed column by its scale, whether the scale is below 1 or above, "
        "and keep the result as it comes (72.5 stays 72.5: do not round)")


def test_repair_leaves_healthy_columns_alone():
    serving = pd.DataFrame({"hp": [0.45, 0.6], "generation": [3, 8]})
    diagnosis = SkewDiagnosis("training_serving_skew", ["hp"], {"hp": 0.01})
    repaired = repair_serving_features(serving, diagnosis)
    assert np.allclose(repaired["hp"], [45, 60]) and repaired["generation"].tolist() == [3, 8] and (
        serving["hp"].tolist() == [0.45, 0.6]), (
        f"repair_serving_features ({WHERE}) must divide only the skewed columns by their scale, in a copy")


def test_a_repair_without_skew_is_still_a_copy():
    serving = pd.DataFrame({"hp": [45.0, 60.0], "generation": [3, 8]}, index=[7, 3])
    repaired = repair_serving_features(serving, SkewDiagnosis("none", [], {}))
    pd.testing.assert_frame_equal(repaired, serving, obj=f"repair_serving_features ({WHERE}) with no skew")
    repaired.loc[7, "hp"] = -1.0
    assert repaired is not serving and serving.loc[7, "hp"] == 45.0, (
        f"repair_serving_features ({WHERE}) handed back the caller's own frame when the diagnosis found no skew: "
        "return a copy of serving in every case, so that whoever rescores or edits the result cannot change the "
        "logged requests")

