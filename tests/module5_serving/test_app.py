"""Kata 5.3: the prediction service loads its model once, answers fast, and refuses bad input
with a 422 a client can act on, never a 500.

Rules of the docstring, and the test that enforces each:

1. ``GET /health`` and ``GET /version`` answer as specified: ``test_health_and_version_answer``.
2. ``load_model`` is called exactly once, before the first request:
   ``test_the_model_is_loaded_once_at_start_up_not_per_request``.
3. ``POST /predict`` answers the model's probability, ``is_legendary = probability >= 0.5`` and
   the version: ``test_predict_returns_the_models_probability``, and at the boundary
   ``test_a_probability_of_exactly_one_half_is_legendary``.
4. ``POST /predict/batch`` answers one prediction per instance, in order:
   ``test_batch_predictions_come_back_in_request_order``.
5. Every request the models of 5.1 refuse gets 422 with ``detail[*].loc`` naming the field and a
   ``msg`` (text and booleans for numbers included): ``test_bad_requests_get_422_naming_the_problem``.
6. No request ever gets a 5xx: ``test_junk_payloads_never_get_a_server_error``.
7. The p99 latency is within 100 ms: ``test_p99_latency_of_single_predictions_is_within_budget``
   (the best of three rounds of 200 requests: a test's compromise against a noisy shared
   machine, which biases the figure low; the lesson says so).
"""

from __future__ import annotations

import asyncio
import copy
import json
import math
import time

import httpx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework.timing import percentile
from katas.module5_serving.app import create_app

WHERE = "create_app (katas/module5_serving/app.py)"
VERSION = "2.1.0"
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
GOOD = {"type1": "Dragon", "hp": 108, "attack": 130, "defense": 95, "sp_attack": 80,
        "sp_defense": 85, "speed": 102}
P99_BUDGET_SECONDS = 0.100  # the course's inference budget; a correct service's p99 is a few ms


class AppClient:
    """Talks HTTP to an ASGI app in this process (no port, no thread): httpx.ASGITransport.

    Entering runs the app's start-up (lifespan) and leaving runs its shutdown, as a server
    would. An exception the app does not handle comes back as a 500 response, not a raise.
    """

    def __init__(self, app):
        self.app = app
        self.state: dict = {}
        self.loop = asyncio.new_event_loop()

    async def _lifespan(self) -> None:
        scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.0"},
                 "state": self.state}
        await self.app(scope, self._inbox.get, self._outbox.put)

    async def _with_state(self, scope, receive, send) -> None:
        await self.app({**scope, "state": dict(self.state)}, receive, send)

    def _run(self, awaitable):
        return self.loop.run_until_complete(awaitable)

    def __enter__(self) -> AppClient:
        async def make_queues():
            return asyncio.Queue(), asyncio.Queue()

        self._inbox, self._outbox = self._run(make_queues())
        self._task = self.loop.create_task(self._lifespan())
        self._inbox.put_nowait({"type": "lifespan.startup"})
        message = self._run(self._outbox.get())
        if message["type"] != "lifespan.startup.complete":
            raise RuntimeError(f"the app failed to start: {message.get('message', message)}")
        transport = httpx.ASGITransport(app=self._with_state, raise_app_exceptions=False)
        self.client = httpx.AsyncClient(transport=transport, base_url="http://kata.test")
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            self._run(self.client.aclose())
            self._inbox.put_nowait({"type": "lifespan.shutdown"})
            self._run(asyncio.wait_for(self._outbox.get(), timeout=5))
            self._run(asyncio.wait_for(self._task, timeout=5))
        finally:
            self.loop.close()

    def get(self, url: str) -> httpx.Response:
        return self._run(self.client.get(url))

    def post(self, url: str, **kwargs) -> httpx.Response:
        return self._run(self.client.post(url, **kwargs))


@pytest.fixture(scope="module")
def client(_fitted_pipeline):
    """One running app shared by the read-only tests of this file."""
    model = copy.deepcopy(_fitted_pipeline)
    with AppClient(create_app(lambda: model, VERSION)) as running:
        yield running


def test_health_and_version_answer(client):
    health = client.get("/health")
    assert health.status_code == 200 and health.json() == {"status": "ok"}, (
        f"GET /health of {WHERE} must answer 200 {{'status': 'ok'}}, got {health.status_code} {health.text}")
    version = client.get("/version")
    assert version.status_code == 200 and version.json() == {"model_version": VERSION}, (
        f"GET /version of {WHERE} must answer 200 {{'model_version': {VERSION!r}}}, "
        f"got {version.status_code} {version.text}")


def test_the_model_is_loaded_once_at_start_up_not_per_request(fitted_pipeline, feature_rows):
    loads = []

    def load_model():
        loads.append(1)
        return fitted_pipeline

    app = create_app(load_model, VERSION)
    with AppClient(app) as running:
        assert len(loads) == 1, (
            f"{WHERE} called load_model {len(loads)} times before the first request: load the "
            "model once, when the app is created or in its start-up (lifespan) handler")
        for row in feature_rows[:20]:
            running.post("/predict", json=row)
        running.post("/predict/batch", json={"instances": feature_rows[:5]})
    assert len(loads) == 1, (
        f"{WHERE} loaded the model {len(loads)} times for 21 requests: loading per request makes "
        "every answer pay seconds of disk or network; load once and share the model")


def test_predict_returns_the_models_probability(client, fitted_pipeline, feature_rows):
    rows = feature_rows[::40]
    expected = fitted_pipeline.predict_proba(pd.DataFrame(rows))[:, 1]
    for row, probability in zip(rows, expected):
        response = client.post("/predict", json=row)
        assert response.status_code == 200, f"POST /predict of {WHERE} answered {response.status_code} for {row}: {response.text}"
        body = response.json()
        assert set(body) == {"is_legendary", "probability", "model_version"}, (
            f"POST /predict of {WHERE} must answer is_legendary, probability and model_version; got {body}")
        assert abs(body["probability"] - probability) <= 1e-6, (
            f"POST /predict of {WHERE} answered probability {body['probability']} for {row}; "
            f"the model says {probability:.6f}")
        assert body["is_legendary"] == bool(probability >= 0.5) and body["model_version"] == VERSION, (
            f"POST /predict of {WHERE}: is_legendary must be probability >= 0.5 and model_version "
            f"{VERSION!r}; got {body}")


def test_a_probability_of_exactly_one_half_is_legendary(fitted_pipeline):
    undecided = copy.deepcopy(fitted_pipeline)
    classifier = undecided.named_steps["classifier"]
    classifier.coef_[:] = 0.0  # every species now scores exactly 0.5
    classifier.intercept_[:] = 0.0
    with AppClient(create_app(lambda: undecided, VERSION)) as running:
        body = running.post("/predict", json=GOOD).json()
    assert body.get("probability") == 0.5 and body.get("is_legendary") is True, (
        f"POST /predict of {WHERE} answered {body} for a probability of exactly 0.5: "
        "is_legendary is probability >= 0.5, so 0.5 counts as legendary")


def test_batch_predictions_come_back_in_request_order(client, fitted_pipeline, feature_rows):
    rows = feature_rows[:100]
    response = client.post("/predict/batch", json={"instances": rows})
    assert response.status_code == 200, f"POST /predict/batch of {WHERE} answered {response.status_code}: {response.text}"
    predictions = response.json()["predictions"]
    expected = fitted_pipeline.predict_proba(pd.DataFrame(rows))[:, 1]
    got = np.array([p["probability"] for p in predictions])
    assert len(got) == len(rows) and np.allclose(got, expected, atol=1e-6), (
        f"POST /predict/batch of {WHERE} must answer one prediction per instance, in request "
        "order, each equal to the model's probability")


def without(field):
    return {k: v for k, v in GOOD.items() if k != field}


# (what is wrong, raw JSON body, path, a name the error must point at)
EDGE_CASES = [
    ("missing field", json.dumps(without("speed")), "/predict", "speed"),
    ("negative stat", json.dumps({**GOOD, "hp": -5}), "/predict", "hp"),
    ("absurd stat", json.dumps({**GOOD, "attack": 9999}), "/predict", "attack"),
    ("NaN stat", json.dumps({**GOOD, "defense": math.nan}), "/predict", "defense"),
    ("infinite stat", json.dumps({**GOOD, "speed": math.inf}), "/predict", "speed"),
    ("unknown type", json.dumps({**GOOD, "type1": "Shadow"}), "/predict", "type1"),
    ("wrong JSON type", json.dumps({**GOOD, "hp": "strong"}), "/predict", "hp"),
    ("number sent as text", json.dumps({**GOOD, "hp": "45"}), "/predict", "hp"),
    ("boolean for a stat", json.dumps({**GOOD, "speed": True}), "/predict", "speed"),
    ("text inside a batch", json.dumps({"instances": [GOOD, {**GOOD, "attack": "80"}]}), "/predict/batch", "attack"),
    ("extra field", json.dumps({**GOOD, "defence": 80}), "/predict", "defence"),
    ("empty batch", json.dumps({"instances": []}), "/predict/batch", "instances"),
    ("batch too large", json.dumps({"instances": [GOOD] * 101}), "/predict/batch", "instances"),
    ("NaN inside a batch", json.dumps({"instances": [GOOD, {**GOOD, "hp": math.nan}]}), "/predict/batch", "hp"),
    ("body is not JSON", "hp=45&attack=49", "/predict", "body"),
    ("body is a list", json.dumps([GOOD]), "/predict", "body"),
]


@pytest.mark.parametrize(("case", "body", "path", "field"), EDGE_CASES, ids=[c[0] for c in EDGE_CASES])
def test_bad_requests_get_422_naming_the_problem(client, case, body, path, field):
    response = client.post(path, content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422, (
        f"POST {path} of {WHERE} answered {response.status_code} to a request with a {case}; "
        "it must answer 422" + (
            ": FastAPI's default 422 echoes the input, and JSON cannot encode NaN or infinity, "
            "so answer RequestValidationError with your own handler that leaves the input out"
            if response.status_code == 500 else ""))
    try:
        errors = response.json()["detail"]
        locations = [[str(part) for part in error["loc"]] for error in errors]
        messages = [error["msg"] for error in errors]
    except (ValueError, KeyError, TypeError) as problem:
        pytest.fail(f"{WHERE}: the 422 for a {case} must be JSON {{'detail': [{{'loc': [...], "
                    f"'msg': '...'}}]}}; got {response.text[:200]!r} ({problem})")
    assert errors and all(isinstance(m, str) and m for m in messages), (
        f"{WHERE}: the 422 for a {case} must list at least one error, each with a message")
    assert any(field in loc for loc in locations), (
        f"{WHERE}: the 422 for a {case} must point at {field!r} in an error's loc; got {locations}")


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8),
    st.sampled_from(["Water", "Dragon", "water", "", "🔥"]))
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)), max_leaves=8)
near_valid = st.fixed_dictionaries(
    {}, optional={key: st.one_of(json_scalars, st.just(value)) for key, value in GOOD.items()}
    | {"extra": json_scalars})
junk_bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v)),
    near_valid.map(lambda v: json.dumps(v)),
    st.lists(near_valid, max_size=3).map(lambda rows: json.dumps({"instances": rows})),
    st.text(max_size=20),
)


@settings(max_examples=120)
@given(body=junk_bodies, path=st.sampled_from(["/predict", "/predict/batch"]))
def test_junk_payloads_never_get_a_server_error(client, body, path):
    response = client.post(path, content=body, headers={"content-type": "application/json"})
    assert response.status_code in (200, 422), (
        f"POST {path} of {WHERE} answered {response.status_code} to {body[:120]!r}: every request "
        "must get 200 or 422, never a 5xx")
    if response.status_code == 200:
        assert "NaN" not in response.text and "Infinity" not in response.text


@pytest.mark.timeout(20)
def test_p99_latency_of_single_predictions_is_within_budget(client, feature_rows):
    for row in feature_rows[:20]:  # warm up
        client.post("/predict", json=row)
    # Three rounds of 200 requests; the best round's p99 counts, so a burst of load from other
    # processes on a shared machine cannot fail a fast service, while a slow one fails them all.
    round_p99s = []
    for offset in (0, 200, 400):
        times = []
        for row in feature_rows[offset:offset + 200]:
            start = time.perf_counter()
            response = client.post("/predict", json=row)
            times.append(time.perf_counter() - start)
            assert response.status_code == 200, response.text
        round_p99s.append(percentile(times, 99))
    p99 = min(round_p99s)
    assert p99 < P99_BUDGET_SECONDS, (
        f"{WHERE}: p99 latency of POST /predict is {p99 * 1000:.0f} ms (best of three rounds of "
        f"200 requests); the budget is {P99_BUDGET_SECONDS * 1000:.0f} ms. Load the model once "
        "and keep per-request work small (kata 5.2's LinearScorer skips the DataFrame round-trip)")
