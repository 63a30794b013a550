"""Kata 6.5: incident 2. Find the slow deploy in the request log; make the service load its
model once, proven by a load count and a speed ratio against the v2.4.0 behaviour."""

from __future__ import annotations

import copy
import time

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression  # imported at collection, outside the timeout

from kata_framework import data
from kata_framework.timing import speedup
from katas.module6_monitoring.incident_latency import (
    STAT_COLUMNS, LegendaryService, diagnose_latency_spike,
)

WHERE = "katas/module6_monitoring/incident_latency.py"
LOAD_SECONDS = 0.05  # reading the model file; the real one took far longer
REQUIRED_SPEEDUP = 5  # the reference is well over 25x faster than v2.4.0, even under load


@pytest.fixture(scope="module")
def _classifier():
    reference = data.production_batch("reference")
    return LogisticRegression(max_iter=1000, class_weight="balanced").fit(
        reference[list(STAT_COLUMNS)].to_numpy(), reference["is_legendary"])


@pytest.fixture
def classifier(_classifier):
    return copy.deepcopy(_classifier)


@pytest.fixture(scope="module")
def rows():
    frame = data.incident("accuracy_drop/week_before")
    return frame[list(STAT_COLUMNS)].head(40).to_dict("records")


def slow_loader(model, counter: list):
    def load_model():
        counter.append(1)
        time.sleep(LOAD_SECONDS)
        return model
    return load_model


def test_the_diagnosis_names_the_deploy_and_the_jump():
    requests = data.incident("latency_spike/requests")
    shuffled = requests.sample(frac=1.0, random_state=0)
    diagnosis = diagnose_latency_spike(shuffled.copy())
    first_bad = requests.loc[requests["model_version"] == "v2.4.0", "timestamp"].min()
    assert diagnosis.model_version == "v2.4.0" and pd.Timestamp(diagnosis.started_at) == first_bad, (
        f"diagnose_latency_spike ({WHERE}) blamed {diagnosis.model_version!r} from "
        f"{diagnosis.started_at}; the slow version is the one with the highest median latency, "
        "from its first request (the log is not sorted)")
    assert 40 <= diagnosis.p50_before_ms <= 60 and 1900 <= diagnosis.p50_after_ms <= 2100, (
        f"diagnose_latency_spike ({WHERE}) gave p50 {diagnosis.p50_before_ms} ms before and "
        f"{diagnosis.p50_after_ms} ms after; the log shows about 50 ms and 2000 ms")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_the_service_answers_like_its_model(classifier, rows):
    service = LegendaryService(lambda: classifier)
    expected = classifier.predict(np.array([[r[c] for c in STAT_COLUMNS] for r in rows]))
    got = [service.predict(r) for r in rows]
    assert got == [bool(v) for v in expected], (
        f"LegendaryService.predict ({WHERE}) must answer bool(model.predict(row)[0])")


def test_the_model_is_loaded_once_not_per_request(classifier, rows):
    loads: list = []
    service = LegendaryService(slow_loader(classifier, loads))
    for row in rows:
        service.predict(row)
    assert len(loads) == 1, (
        f"LegendaryService ({WHERE}) loaded the model {len(loads)} times for one service and "
        f"{len(rows)} requests: this is the incident. Load it once in __init__ and keep it")


@pytest.mark.timeout(20)
def test_the_fixed_service_is_much_faster_than_v2_4_0(classifier, rows):
    def v2_4_0(features):  # the shipped behaviour: load, then predict, on every request
        model = slow_loader(classifier, [])()
        return bool(model.predict(np.array([[float(features[c]) for c in STAT_COLUMNS]]))[0])

    service = LegendaryService(slow_loader(classifier, []))
    batch = rows[:5]
    ratio = speedup(lambda: [v2_4_0(r) for r in batch], lambda: [service.predict(r) for r in batch],
                    repeat=7)
    assert ratio >= REQUIRED_SPEEDUP, (
        f"LegendaryService.predict ({WHERE}) is only {ratio:.1f}x faster than v2.4.0's "
        f"load-per-request; it must be at least {REQUIRED_SPEEDUP}x. Keep per-request work to "
        "building one row and calling predict")
