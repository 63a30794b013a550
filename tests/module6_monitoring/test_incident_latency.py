"""Kata 6.5: incident 2. Find the slow deploy in the request log; make the service load its
model once, proven by a load count and a speed ratio against the v2.4.0 behaviour.

Rules and the tests that enforce them:

1. The slow version is the one with the highest MEDIAN latency (not mean, not the latest, not
   the first slow request); the log may be in any order: ``test_the_diagnosis_names_the_deploy_and_the_jump``,
   ``test_a_canary_with_a_rollback_and_outliers``.
2. ``started_at`` is that version's first request; the medians are of all requests before it
   and from it on (the request at ``started_at`` counts as after): the same two tests and
   ``test_the_deploys_first_request_counts_as_after``; failed requests count too:
   ``test_failed_requests_count_in_every_median``.
3. The log is not modified: ``test_the_diagnosis_names_the_deploy_and_the_jump``.
4. The service loads its model exactly once, when it is created (not lazily on the first
   request), and answers like the model on the six stats as sent (floats, not truncated) in ``STAT_COLUMNS`` order:
   ``test_the_model_is_loaded_at_start_up``, ``test_the_stats_reach_the_model_in_stat_columns_order`` (guard),
   ``test_the_model_is_loaded_once_not_per_request``, ``test_the_service_answers_like_its_model`` (guard: the
   answer is the model's, as a Python bool).
5. Requests are much faster than v2.4.0's load-per-request: ``test_the_fixed_service_is_much_faster_than_v2_4_0``.
"""

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
    STAT_COLUMNS,
    LegendaryService,
    diagnose_latency_spike,
)

WHERE = "katas/module6_monitoring/incident_latency.py"
LOAD_SECONDS = 0.05  # reading the model file; the real one took far longer
REQUIRED_SPEEDUP = 5  # a service that loads once is well over 25x faster than v2.4.0, even under load


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
    before_call = shuffled.copy()
    diagnosis = diagnose_latency_spike(shuffled)
    pd.testing.assert_frame_equal(shuffled, before_call, obj=f"the request log after diagnose_latency_spike ({WHERE})")
    first_bad = requests.loc[requests["model_version"] == "v2.4.0", "timestamp"].min()
    assert diagnosis.model_version == "v2.4.0" and pd.Timestamp(diagnosis.started_at) == first_bad, (
        f"diagnose_latency_spike ({WHERE}) blamed {diagnosis.model_version!r} from "
        f"{diagnosis.started_at}; the slow version is the one with the highest median latency, "
        "from its first request (the log is not sorted)")
    assert 40 <= diagnosis.p50_before_ms <= 60 and 1900 <= diagnosis.p50_after_ms <= 2100, (
        f"diagnose_latency_spike ({WHERE}) gave p50 {diagnosis.p50_before_ms} ms before and "
        f"{diagnosis.p50_after_ms} ms after; the log shows about 50 ms and 2000 ms")


def canary_log():
    """v2.3.0 serves; v2.4.0 takes a canary share from 12:00 (its first request is fast, a cache
    hit), the rest stays on v2.3.0 until a rollback at 12:30; v2.3.0 has two 200 s timeouts."""
    start = pd.Timestamp("2026-03-02 11:00")
    rows = [(start + pd.Timedelta(minutes=m), "v2.3.0", 50.0 + m % 7) for m in range(0, 60)]
    rows += [(start + pd.Timedelta(minutes=m), "v2.3.0", 200_000.0) for m in (5, 6)]
    canary = start + pd.Timedelta(hours=1)
    rows += [(canary, "v2.4.0", 60.0)]
    rows += [(canary + pd.Timedelta(minutes=m, seconds=1), "v2.4.0", 2000.0 + m) for m in range(30)]
    # the rest of the traffic, and the rollback
    rows += [(canary + pd.Timedelta(minutes=m, seconds=2), "v2.3.0", 52.0) for m in range(60)]
    frame = pd.DataFrame(rows, columns=["timestamp", "model_version", "latency_ms"])
    frame["request_id"] = [f"r{i}" for i in range(len(frame))]
    frame["endpoint"], frame["status_code"] = "/predict", 200
    return frame.sample(frac=1.0, random_state=1).reset_index(drop=True), canary


def test_a_canary_with_a_rollback_and_outliers():
    log, canary = canary_log()
    diagnosis = diagnose_latency_spike(log)
    assert diagnosis.model_version == "v2.4.0", (
        f"diagnose_latency_spike ({WHERE}) blamed {diagnosis.model_version!r}; v2.4.0 has the highest MEDIAN "
        "latency (about 2000 ms). v2.3.0 has a higher MEAN because of two 200 s timeouts, and is the last version "
        "in time because of the rollback: neither makes it the slow deploy")
    assert pd.Timestamp(diagnosis.started_at) == canary, (
        f"diagnose_latency_spike ({WHERE}) says the trouble started at {diagnosis.started_at}; v2.4.0's first "
        f"request came at {canary} (a fast one: the start is the version's first request, not its first slow one)")
    before = log.loc[log["timestamp"] < canary, "latency_ms"].median()
    after = log.loc[log["timestamp"] >= canary, "latency_ms"].median()
    assert (diagnosis.p50_before_ms, diagnosis.p50_after_ms) == pytest.approx((before, after)), (
        f"diagnose_latency_spike ({WHERE}) gave medians {diagnosis.p50_before_ms} and {diagnosis.p50_after_ms}; "
        f"all requests before {canary} have median {before}, all from it on {after}")


def test_the_deploys_first_request_counts_as_after():
    start = pd.Timestamp("2026-03-02 11:00")
    log = pd.DataFrame({
        "timestamp": [start + pd.Timedelta(minutes=m) for m in range(4)],
        "model_version": ["v1", "v1", "v2", "v2"],
        "latency_ms": [40.0, 60.0, 3000.0, 1000.0],
    }, index=[40, 41, 42, 43]).iloc[[2, 0, 3, 1]]
    log["request_id"], log["endpoint"], log["status_code"] = [f"r{i}" for i in range(4)], "/predict", 200
    diagnosis = diagnose_latency_spike(log)
    assert (diagnosis.model_version, pd.Timestamp(diagnosis.started_at)) == ("v2", start + pd.Timedelta(minutes=2)), (
        f"diagnose_latency_spike ({WHERE}) blamed {diagnosis.model_version!r} from {diagnosis.started_at}; "
        "v2 has the highest median latency and its first request came at 11:02")
    assert (diagnosis.p50_before_ms, diagnosis.p50_after_ms) == pytest.approx((50.0, 2000.0)), (
        f"diagnose_latency_spike ({WHERE}) gave medians {diagnosis.p50_before_ms} and {diagnosis.p50_after_ms}; "
        "the request AT started_at counts as after, not before: before = median(40, 60) = 50, "
        "after = median(3000, 1000) = 2000")


def test_failed_requests_count_in_every_median():
    start = pd.Timestamp("2026-03-02 11:00")
    log = pd.DataFrame({
        "timestamp": [start + pd.Timedelta(minutes=m) for m in range(8)],
        "model_version": ["v1"] * 4 + ["v2"] * 4,
        "latency_ms": [40.0, 5.0, 60.0, 7.0, 3000.0, 9000.0, 1000.0, 8000.0],
        "status_code": [200, 503, 200, 503, 200, 504, 200, 504],
    }, index=[17, 11, 15, 13, 10, 16, 12, 14])
    log["request_id"], log["endpoint"] = [f"r{i}" for i in range(8)], "/predict"
    diagnosis = diagnose_latency_spike(log)
    assert diagnosis.model_version == "v2" and pd.Timestamp(diagnosis.started_at) == start + pd.Timedelta(minutes=4), (
        f"diagnose_latency_spike ({WHERE}) blamed {diagnosis.model_version!r} from {diagnosis.started_at}; v2 has "
        "the highest median latency and its first request came at 11:04")
    assert (diagnosis.p50_before_ms, diagnosis.p50_after_ms) == pytest.approx((23.5, 5500.0)), (
        f"diagnose_latency_spike ({WHERE}) gave medians {diagnosis.p50_before_ms} and {diagnosis.p50_after_ms}; "
        "every request counts, failed ones too (status 503 and 504 here): before = median(40, 5, 60, 7) = 23.5, "
        "after = median(3000, 9000, 1000, 8000) = 5500. A timeout is time a user waited: do not filter on "
        "status_code")


class RecordingModel:
    """A stand-in model that answers True and remembers the rows it was asked about."""

    def __init__(self):
        self.rows = []

    def predict(self, row):
        self.rows.append(np.asarray(row, dtype=float).tolist())
        return np.array([True])


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_the_stats_reach_the_model_in_stat_columns_order():
    model = RecordingModel()
    service = LegendaryService(lambda: model)
    features = dict(zip(reversed(STAT_COLUMNS), [60.5, 50.25, 40.75, 30.5, 20.25, 10.75]))  # speed first
    service.predict(features)
    expected = [[float(features[c]) for c in STAT_COLUMNS]]
    assert model.rows == [expected], (
        f"LegendaryService.predict ({WHERE}) sent {model.rows} to the model for {features}; the row must hold "
        f"the six stats as they came (floats, not rounded or truncated) in STAT_COLUMNS order {list(STAT_COLUMNS)}, "
        "whatever the order of the request's keys")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_the_service_answers_like_its_model(classifier, rows):
    service = LegendaryService(lambda: classifier)
    expected = classifier.predict(np.array([[r[c] for c in STAT_COLUMNS] for r in rows]))
    got = [service.predict(r) for r in rows]
    assert got == [bool(v) for v in expected], (
        f"LegendaryService.predict ({WHERE}) must answer bool(model.predict(row)[0])")
    types = sorted({f"{type(answer).__module__}.{type(answer).__qualname__}" for answer in got})
    assert all(type(answer) is bool for answer in got), (
        f"LegendaryService.predict ({WHERE}) answered with {types}; the answer is a Python bool, "
        "bool(model.predict(row)[0]): numpy's bool_ compares equal to True but a JSON encoder refuses it")


def test_the_model_is_loaded_at_start_up(classifier, rows):
    loads: list = []
    service = LegendaryService(slow_loader(classifier, loads))
    assert len(loads) == 1, (
        f"LegendaryService ({WHERE}) loaded the model {len(loads)} times when it was created; load it in "
        "__init__, at start-up. Loading lazily on the first request makes that request pay the load (and "
        "hides a broken model file until a user hits it)")
    service.predict(rows[0])
    assert len(loads) == 1, f"LegendaryService ({WHERE}) loaded the model again on the first request"


def test_the_model_is_loaded_once_not_per_request(classifier, rows):
    loads: list = []
    service = LegendaryService(slow_loader(classifier, loads))
    for served, row in enumerate(rows, start=1):
        service.predict(row)
        assert len(loads) == 1, (  # checked after every request, so a reload fails at once
            f"LegendaryService ({WHERE}) loaded the model {len(loads)} times for one service and "
            f"{served} requests: this is the incident. Load it once in __init__ and keep it")


@pytest.mark.timeout(20)
def test_the_fixed_service_is_much_faster_than_v2_4_0(classifier, rows):
    def v2_4_0(features):  # the shipped behaviour: load, then predict, on every request
        model = slow_loader(classifier, [])()
        return bool(model.predict(np.array([[float(features[c]) for c in STAT_COLUMNS]]))[0])

    loads: list = []
    service = LegendaryService(slow_loader(classifier, loads))
    batch = rows[:3]
    for row in batch[:2]:
        service.predict(row)
    assert len(loads) <= 1, (  # a request that loads costs what v2.4.0's does: no need to time it
        f"LegendaryService.predict ({WHERE}) loaded the model {len(loads)} times for 2 requests, so it "
        "cannot be faster than v2.4.0's load-per-request. Load it once in __init__ and keep it")
    ratio = speedup(lambda: [v2_4_0(r) for r in batch], lambda: [service.predict(r) for r in batch],
                    repeat=5)
    assert ratio >= REQUIRED_SPEEDUP, (
        f"LegendaryService.predict ({WHERE}) is only {ratio:.1f}x faster than v2.4.0's "
        f"load-per-request; it must be at least {REQUIRED_SPEEDUP}x. Keep per-request work to "
        "building one row and calling predict")
