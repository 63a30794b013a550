"""Kata 8.6: the price endpoint validates its input, keeps its latency budget; SLOs and A/B plan add up."""

from __future__ import annotations

import math
import statistics

import numpy as np
import pandas as pd
import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from kata_framework.timing import call_times, percentile
from katas.module8_capstone.service import ab_sample_size, assign_variant, create_app, service_level_objectives

WHERE = "katas/module8_capstone/service.py"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
CARD = {"sale_date": "2024-05-01", "pokemon_id": 25, "pokemon_name": "Pikachu", "is_legendary": False,
        "hp": 35, "attack": 55, "set_name": "Base Set", "rarity": "Holo Rare", "language": "English",
        "is_first_edition": True, "is_holo": True, "grade": 9}


class RecordingModel:
    """Prices a card at $1 per hp point, plus $100 for a grade of 10; remembers what it saw."""

    def __init__(self):
        self.frames: list[pd.DataFrame] = []

    def predict(self, frame: pd.DataFrame) -> np.ndarray:
        self.frames.append(frame)
        return frame["hp"].to_numpy(dtype=float) + 100.0 * (frame["grade"] == 10).fillna(False).to_numpy()


@pytest.fixture
def model():
    return RecordingModel()


@pytest.fixture
def client(model):
    return TestClient(create_app(model, model_version="2.1.0"))


def test_health_and_version(client):
    assert client.get("/health").json() == {"status": "ok"}, f"create_app ({WHERE}): GET /health"
    assert client.get("/version").json() == {"model_version": "2.1.0"}, f"create_app ({WHERE}): GET /version"


def test_predict_prices_a_valid_card_with_the_model(client, model):
    response = client.post("/predict", json=CARD)
    assert response.status_code == 200, f"create_app ({WHERE}): a valid card got {response.status_code}: {response.text}"
    body = response.json()
    assert body == {"price_usd": 35.0, "model_version": "2.1.0"}, (
        f"create_app ({WHERE}): /predict must return the model's price and the model version, got {body}")
    frame = model.frames[-1]
    assert len(frame) == 1 and pd.api.types.is_datetime64_any_dtype(frame["sale_date"]), (
        f"create_app ({WHERE}): hand the model one row with sale_date as a datetime")
    assert frame["set_release_date"].iloc[0] == pd.Timestamp("1999-01-09"), (
        f"create_app ({WHERE}): fill set_release_date from the set name (Base Set: 1999-01-09)")


def test_ungraded_card_reaches_the_model_as_missing_grade(client, model):
    response = client.post("/predict", json={**CARD, "grade": None})
    assert response.status_code == 200, f"create_app ({WHERE}): grade null means ungraded; got {response.text}"
    assert model.frames[-1]["grade"].isna().all()


EDGE_CASES = {
    "grade 11": {**CARD, "grade": 11},
    "grade 0": {**CARD, "grade": 0},
    "grade as words": {**CARD, "grade": "mint"},
    "negative hp": {**CARD, "hp": -5},
    "hp above 255": {**CARD, "hp": 999},
    "unknown rarity": {**CARD, "rarity": "Mythic"},
    "unknown language": {**CARD, "language": "Klingon"},
    "unknown set": {**CARD, "set_name": "Team Plasma"},
    "empty name": {**CARD, "pokemon_name": ""},
    "missing set": {k: v for k, v in CARD.items() if k != "set_name"},
    "unknown field": {**CARD, "price_usd": 5.0},
    "first edition of a modern set": {**CARD, "set_name": "Sword & Shield"},
    "sold before release": {**CARD, "set_name": "Scarlet & Violet", "is_first_edition": False,
                            "sale_date": "2022-06-01"},
    "not a date": {**CARD, "sale_date": "yesterday"},
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_invalid_cards_are_answered_422(client, case):
    response = client.post("/predict", json=EDGE_CASES[case])
    assert response.status_code == 422, (
        f"create_app ({WHERE}): a card with {case} got {response.status_code}, expected 422 with "
        "a message naming the field; add the constraint to CardRequest")


def test_malformed_bodies_are_answered_422(client):
    for body in (b"", b"{not json", b"[1, 2, 3]", b"null"):
        response = client.post("/predict", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 422, (
            f"create_app ({WHERE}): the body {body!r} got {response.status_code}, expected 422")


junk_values = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                        st.floats(allow_nan=False, allow_infinity=False),
                        st.text(max_size=8), st.lists(st.integers(), max_size=2))


@settings(max_examples=40)
@given(st.dictionaries(st.sampled_from(sorted(CARD)), junk_values, max_size=5))
def test_junk_payloads_never_cause_a_server_error(overrides):
    client = TestClient(create_app(RecordingModel()), raise_server_exceptions=False)
    response = client.post("/predict", json={**CARD, **overrides})
    assert response.status_code in (200, 422), (
        f"create_app ({WHERE}): the payload {overrides} got {response.status_code}: a bad "
        "request must be a 422, never a 500")


def test_service_level_objectives_are_consistent():
    slo = service_level_objectives()
    assert 0 < slo["p50_latency_ms"] <= slo["p99_latency_ms"] <= 1000, (
        f"service_level_objectives ({WHERE}): need 0 < p50 <= p99 <= 1000 ms, got {slo}")
    assert 0.9 <= slo["availability"] < 1 and 0 < slo["max_error_rate"] <= 0.05, (
        f"service_level_objectives ({WHERE}): availability in [0.9, 1), max_error_rate in (0, 0.05]")


@pytest.mark.timeout(25)
def test_predict_latency_budget_in_process(client):
    # /health and /predict alternate, so load from elsewhere slows both alike; the difference
    # of their medians is what the predict path itself costs.
    health, predict = [], []
    for _ in range(10):
        client.get("/health")
        client.post("/predict", json=CARD)
    for _ in range(100):
        health += call_times(lambda: client.get("/health"), calls=1, warmup=0)
        predict += call_times(lambda: client.post("/predict", json=CARD), calls=1, warmup=0)
    p99_ms = percentile(predict, 99) * 1000
    extra_ms = (statistics.median(predict) - statistics.median(health)) * 1000
    assert p99_ms < 500, (
        f"create_app ({WHERE}): p99 latency of /predict in process is {p99_ms:.0f} ms with a "
        "trivial model (budget 500 ms): load the model once, do no I/O per request")
    assert extra_ms < 50, (
        f"create_app ({WHERE}): /predict costs {extra_ms:.0f} ms more than /health (median) with "
        "a trivial model (budget 50 ms): build one row, call the model once, nothing else")


def test_variant_assignment_is_sticky_and_balanced():
    ids = [f"listing-{i}" for i in range(4000)]
    first = [assign_variant(i) for i in ids]
    assert first == [assign_variant(i) for i in ids], f"assign_variant ({WHERE}) must be deterministic"
    share = first.count("treatment") / len(ids)
    assert abs(share - 0.5) < 0.04, f"assign_variant ({WHERE}): treatment share {share:.3f}, expected about 0.5"
    tenth = [assign_variant(i, 0.1) for i in ids]
    assert abs(tenth.count("treatment") / len(ids) - 0.1) < 0.03
    moved_back = [i for i, a, b in zip(ids, tenth, first) if a == "treatment" and b == "control"]
    assert not moved_back, (
        f"assign_variant ({WHERE}): raising the share from 0.1 to 0.5 moved {len(moved_back)} "
        "listings from treatment back to control; compare one stable hash bucket with the share")
    other = [assign_variant(i, salt="another-test") for i in ids]
    agreement = np.mean([a == b for a, b in zip(first, other)])
    assert 0.4 < agreement < 0.6, f"assign_variant ({WHERE}): another salt must give an independent split"
    assert {assign_variant(i, 0.0) for i in ids[:200]} == {"control"}
    assert {assign_variant(i, 1.0) for i in ids[:200]} == {"treatment"}
    for share in (-0.1, 1.5):
        with pytest.raises(ValueError):
            assign_variant("x", share)


@given(std=st.floats(0.5, 500), difference=st.floats(0.1, 100), alpha=st.sampled_from([0.01, 0.05, 0.1]),
       power=st.sampled_from([0.8, 0.9]))
def test_sample_size_follows_the_two_sample_formula(std, difference, alpha, power):
    z = norm.ppf(1 - alpha / 2) + norm.ppf(power)
    expected = max(1, math.ceil(2 * z ** 2 * std ** 2 / difference ** 2))
    got = ab_sample_size(std, difference, alpha, power)
    assert abs(got - expected) <= 1, (
        f"ab_sample_size ({WHERE}): {got} per arm for std {std}, difference {difference}, "
        f"alpha {alpha}, power {power}; the two-sided two-sample formula gives {expected}")


@pytest.mark.parametrize("args", [(0, 1), (10, 0), (10, -1), (10, 1, 0, 0.8), (10, 1, 0.05, 1.0)])
def test_sample_size_rejects_impossible_inputs(args):
    with pytest.raises(ValueError):
        ab_sample_size(*args)
