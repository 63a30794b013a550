"""Kata 6.6: incident 3. Every prediction is one class: diagnose training/serving skew and
prove the repaired features bring the predictions back."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression  # imported at collection, outside the timeout
from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import ks_2samp

from kata_framework import data
from katas.module6_monitoring.incident_one_class import (
    SkewDiagnosis, diagnose_one_class, repair_serving_features,
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


@given(values=st.lists(st.integers(5, 255), min_size=1, max_size=30))
def test_matching_data_has_no_skew(values):
    frame = pd.DataFrame({"hp": values})
    diagnosis = diagnose_one_class(frame, frame.copy(), ["hp"])
    assert diagnosis.kind == "none" and list(diagnosis.columns) == [] and not diagnosis.scale, (
        f"diagnose_one_class ({WHERE}) found skew between identical samples: {diagnosis}")


def test_repaired_features_look_like_training_and_unskew_the_predictions(incident, model):
    training, serving = incident
    before = serving.copy()
    diagnosis = diagnose_one_class(training, serving, STATS)
    repaired = repair_serving_features(serving, diagnosis)
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


def test_repair_leaves_healthy_columns_alone():
    serving = pd.DataFrame({"hp": [0.45, 0.6], "generation": [3, 8]})
    diagnosis = SkewDiagnosis("training_serving_skew", ["hp"], {"hp": 0.01})
    repaired = repair_serving_features(serving, diagnosis)
    assert np.allclose(repaired["hp"], [45, 60]) and repaired["generation"].tolist() == [3, 8], (
        f"repair_serving_features ({WHERE}) must divide only the skewed columns by their scale")
