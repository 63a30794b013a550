"""Kata 8.6: the price endpoint validates its input strictly, keeps its latency budget; SLOs and
the A/B plan add up.

Rules (CardRequest, create_app):
1. /health and /version: ``test_health_and_version``
2. /predict hands the model one row, listing date as sale_date, release date looked up:
   ``test_predict_prices_a_valid_card_with_the_model``; the price rounded to cents:
   ``test_predict_rounds_the_price_to_cents``
3. listing_date absent means today, the day of the request (not of the app's start):
   ``test_listing_date_defaults_to_today``, ``test_listing_date_defaults_to_the_day_of_the_request``
4. optional fields may be absent or null (grade, flags, listing date):
   ``test_optional_fields_may_be_left_out``, ``test_ungraded_card_reaches_the_model_as_missing_grade``
5. every invalid value or type is a 422 (bounds at 0/11, 0/256, unknown values, unknown fields,
   cross-field rules at both ends of the first editions: Neo Genesis has them, EX Ruby & Sapphire
   not; no conversion of "45" or true; a grade of 9.5 is no integer):
   ``test_invalid_cards_are_answered_422``,
   ``test_boundary_values_are_accepted``
6. malformed bodies are 422, junk never 500: ``test_malformed_bodies_are_answered_422``,
   ``test_junk_payloads_never_cause_a_server_error``
7. latency: ``test_predict_latency_budget_in_process``

Rules (service_level_objectives): 8. ordered, in range: ``test_service_level_objectives_are_consistent``

Rules (assign_variant):
9. deterministic, balanced (shares 0.5, 0.1 and 0.005), monotone in the share, independent
   across salts, 0 and 1 exact:
   ``test_variant_assignment_is_sticky_and_balanced``
10. the same in another process (hash() salted otherwise): ``test_variant_assignment_is_the_same_in_every_process``
11. Raises outside [0, 1]: ``test_variant_share_outside_0_and_1_is_refused``

Rules (ab_sample_size):
12. the two-proportion formula (pooled or unpooled), rounded up, for a rise or a drop:
    ``test_sample_size_follows_the_two_proportion_formula``
13. the design effect of randomising sellers, applied before rounding up, correlation 1 included:
    ``test_sample_size_grows_with_the_design_effect``,
    ``test_sample_size_without_correlation_has_no_design_effect``
14. Raises: ``test_sample_size_rejects_impossible_inputs``
"""

from __future__ import annotations

import builtins
import datetime
import math
import statistics

import numpy as np
import pandas as pd
import pytest
from fastapi.testclient import TestClient
from hypothesis import example, given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from kata_framework.expect import must_raise
from kata_framework.timing import call_times, percentile
from katas.module8_capstone.service import ab_sample_size, assign_variant, create_app, service_level_objectives

WHERE = "katas/module8_capstone/service.py"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
CARD = {"listing_date": "2024-05-01", "pokemon_id": 25, "pokemon_name": "Pikachu", "is_legendary": False,
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


def serve(model: RecordingModel) -> TestClient:
    """A client of the learner's app around ``model``, built inside the test (not in a fixture),
    so that an unfinished create_app fails the test itself, quickly and with a short report."""
    return TestClient(create_app(model, model_version="2.1.0"))


def test_health_and_version(model):
    client = serve(model)
    assert client.get("/health").json() == {"status": "ok"}, f"create_app ({WHERE}): GET /health"
    assert client.get("/version").json() == {"model_version": "2.1.0"}, f"create_app ({WHERE}): GET /version"


def test_predict_prices_a_valid_card_with_the_model(model):
    client = serve(model)
    response = client.post("/predict", json=CARD)
    assert response.status_code == 200, f"create_app ({WHERE}): a valid card got {response.status_code}: {response.text}"
    body = response.json()
    assert body == {"price_usd": 35.0, "model_version": "2.1.0"}, (
        f"create_app ({WHERE}): /predict must return the model's price and the model version, got {body}")
    frame = model.frames[-1]
    assert len(frame) == 1 and pd.api.types.is_datetime64_any_dtype(frame["sale_date"]), (
        f"create_app ({WHERE}): hand the model one row with sale_date as a datetime")
    assert frame["sale_date"].iloc[0] == pd.Timestamp("2024-05-01"), (
        f"create_app ({WHERE}): the model prices a card as of the date in sale_date: put the "
        "listing date there")
    assert frame["set_release_date"].iloc[0] == pd.Timestamp("1999-01-09"), (
        f"create_app ({WHERE}): fill set_release_date from the set name (Base Set: 1999-01-09)")


class FractionalModel:
    """Prices every card at $12.3456, a price that needs rounding."""

    def predict(self, frame: pd.DataFrame) -> np.ndarray:
        return np.full(len(frame), 12.3456)


def test_predict_rounds_the_price_to_cents():
    body = TestClient(create_app(FractionalModel())).post("/predict", json=CARD).json()
    assert body.get("price_usd") == pytest.approx(12.35, abs=1e-9), (
        f"create_app ({WHERE}): a model price of $12.3456 must be answered as 12.35 (rounded to "
        f"cents), got {body}")


def test_listing_date_defaults_to_today(model):
    client = serve(model)
    before = pd.Timestamp.today().normalize()
    response = client.post("/predict", json={k: v for k, v in CARD.items() if k != "listing_date"})
    after = pd.Timestamp.today().normalize()
    assert response.status_code == 200, (
        f"create_app ({WHERE}): listing_date is optional (a new listing is priced today); got {response.text}")
    assert before <= model.frames[-1]["sale_date"].iloc[0] <= after, (
        f"create_app ({WHERE}): without a listing_date, price the card as of today")


class _Clock:
    """The day that a patched ``date.today()`` returns; the test moves it."""

    day = datetime.date(2031, 5, 5)


class _MovableDate(datetime.date):
    @classmethod
    def today(cls):
        return cls.fromordinal(_Clock.day.toordinal())


def test_listing_date_defaults_to_the_day_of_the_request(model, monkeypatch):
    # The module's own ``date`` (the stub imports it) is swapped for one whose today() the test
    # moves; code reading the real clock another way (pd.Timestamp.today(), datetime.now()) is
    # accepted with the real day.
    monkeypatch.setitem(create_app.__globals__, "date", _MovableDate)
    monkeypatch.setattr(_Clock, "day", datetime.date(2031, 5, 5))
    client = serve(model)
    monkeypatch.setattr(_Clock, "day", datetime.date(2031, 5, 6))  # a day later, same running service
    before = pd.Timestamp.today().normalize()
    response = client.post("/predict", json={k: v for k, v in CARD.items() if k != "listing_date"})
    after = pd.Timestamp.today().normalize()
    assert response.status_code == 200, f"create_app ({WHERE}): listing_date is optional; got {response.text}"
    priced_as_of = model.frames[-1]["sale_date"].iloc[0]
    assert priced_as_of == pd.Timestamp("2031-05-06") or before <= priced_as_of <= after, (
        f"create_app ({WHERE}): without a listing_date, price the card as of the day of the request; "
        f"it was priced as of {priced_as_of:%Y-%m-%d}, the day the app was created: read today's "
        "date inside the request, not once when the service starts")


def test_optional_fields_may_be_left_out(model):
    client = serve(model)
    optional = ("grade", "is_first_edition", "is_holo", "listing_date")
    response = client.post("/predict", json={k: v for k, v in CARD.items() if k not in optional})
    assert response.status_code == 200, (
        f"create_app ({WHERE}): a card without the keys {list(optional)} is valid (ungraded, no "
        f"flags, priced today); got {response.status_code}: {response.text}")
    frame = model.frames[-1]
    assert frame["grade"].isna().all() and not frame["is_holo"].iloc[0] and not frame["is_first_edition"].iloc[0], (
        f"create_app ({WHERE}): absent grade means ungraded (missing), absent flags mean false")


def test_ungraded_card_reaches_the_model_as_missing_grade(model):
    client = serve(model)
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
    "first edition of the first set without them": {**CARD, "set_name": "EX Ruby & Sapphire"},
    "listed before release": {**CARD, "set_name": "Scarlet & Violet", "is_first_edition": False,
                              "listing_date": "2022-06-01"},
    "not a date": {**CARD, "listing_date": "yesterday"},
    "hp as text": {**CARD, "hp": "45"},
    "hp as true": {**CARD, "hp": True},
    "grade as true": {**CARD, "grade": True},
    "grade as text": {**CARD, "grade": "9"},
    "grade with a fraction": {**CARD, "grade": 9.5},
    "holo as 1": {**CARD, "is_holo": 1},
    "legendary as text": {**CARD, "is_legendary": "false"},
    "hp 0": {**CARD, "hp": 0},
    "hp 256": {**CARD, "hp": 256},
    "attack 0": {**CARD, "attack": 0},
    "attack 256": {**CARD, "attack": 256},
    "pokemon id 0": {**CARD, "pokemon_id": 0},
    "name of 61 characters": {**CARD, "pokemon_name": "P" * 61},
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES), ids=lambda case: case.replace(" ", "-"))
def test_invalid_cards_are_answered_422(model, case):
    client = serve(model)
    response = client.post("/predict", json=EDGE_CASES[case])
    assert response.status_code == 422, (
        f"create_app ({WHERE}): a card with {case} got {response.status_code}, expected 422 with "
        "a message naming the field; add the constraint to CardRequest")


BOUNDARIES = {"hp 1": {"hp": 1}, "hp 255": {"hp": 255}, "attack 1": {"attack": 1}, "attack 255": {"attack": 255},
              "grade 1": {"grade": 1}, "grade 10": {"grade": 10}, "name of 60 characters": {"pokemon_name": "P" * 60},
              "listed on the release day": {"listing_date": "1999-01-09"},
              "first edition of the last set before 2001": {"set_name": "Neo Genesis", "is_first_edition": True}}


@pytest.mark.parametrize("case", sorted(BOUNDARIES), ids=lambda case: case.replace(" ", "-"))
def test_boundary_values_are_accepted(model, case):
    client = serve(model)
    response = client.post("/predict", json={**CARD, **BOUNDARIES[case]})
    assert response.status_code == 200, (
        f"create_app ({WHERE}): a card with {case} is valid (the bounds are inclusive), got "
        f"{response.status_code}: {response.text}")


def test_malformed_bodies_are_answered_422(model):
    client = serve(model)
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
def test_predict_latency_budget_in_process(model):
    client = serve(model)
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
    ids = [f"seller-{i}" for i in range(4000)]
    first = [assign_variant(i) for i in ids]
    assert first == [assign_variant(i) for i in ids], f"assign_variant ({WHERE}) must be deterministic"
    share = first.count("treatment") / len(ids)
    assert abs(share - 0.5) < 0.04, f"assign_variant ({WHERE}): treatment share {share:.3f}, expected about 0.5"
    tenth = [assign_variant(i, 0.1) for i in ids]
    assert abs(tenth.count("treatment") / len(ids) - 0.1) < 0.03
    moved_back = [i for i, a, b in zip(ids, tenth, first) if a == "treatment" and b == "control"]
    assert not moved_back, (
        f"assign_variant ({WHERE}): raising the share from 0.1 to 0.5 moved {len(moved_back)} "
        "sellers from treatment back to control; compare one stable hash bucket with the share")
    other = [assign_variant(i, salt="another-test") for i in ids]
    agreement = np.mean([a == b for a, b in zip(first, other)])
    assert 0.4 < agreement < 0.6, f"assign_variant ({WHERE}): another salt must give an independent split"
    tiny = [assign_variant(i, 0.005) for i in ids].count("treatment")
    assert 5 <= tiny <= 40, (
        f"assign_variant ({WHERE}): a treatment share of 0.5% gave {tiny} of {len(ids)} sellers, "
        "expected about 20; compare a fine-grained hash bucket (e.g. 64 bits / 2**64) with the "
        "share, not a percentage bucket")
    assert {assign_variant(i, 0.0) for i in ids[:200]} == {"control"}
    assert {assign_variant(i, 1.0) for i in ids[:200]} == {"treatment"}


def test_variant_assignment_is_the_same_in_every_process(monkeypatch):
    here = [assign_variant(f"seller-{i}") for i in range(400)]
    # Another Python process salts the built-in hash() of text differently: simulate one, only
    # for these calls (the test framework itself hashes objects too).
    salted = builtins.hash
    with monkeypatch.context() as patch:
        patch.setattr(builtins, "hash", lambda value: salted(value) ^ 0x5F3759DF)
        there = [assign_variant(f"seller-{i}") for i in range(400)]
    assert there == here, (
        f"assign_variant ({WHERE}) put sellers in other arms when hash() is salted as in another "
        "Python process: built-in hash() of text changes with PYTHONHASHSEED, so a seller would "
        "switch arms after a restart. Use hashlib (e.g. sha256)")


@pytest.mark.parametrize("share", [-0.1, 1.5], ids=["negative-share", "share-above-one"])
def test_variant_share_outside_0_and_1_is_refused(share):
    with must_raise(ValueError, f"assign_variant ({WHERE}) must refuse treatment_share={share}"):
        assign_variant("seller-1", share)


def _two_proportion_sizes(p1: float, effect: float, alpha: float, power: float) -> tuple[float, float]:
    """The pooled and the unpooled textbook sizes (before rounding)."""
    p2 = p1 + effect
    za, zb = norm.ppf(1 - alpha / 2), norm.ppf(power)
    pooled = (p1 + p2) / 2
    first = (za * math.sqrt(2 * pooled * (1 - pooled)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / effect ** 2
    second = (za + zb) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / effect ** 2
    return first, second


def _rounded_up(size: float) -> set[int]:
    """``size`` rounded up, allowing for float noise at a whole number."""
    return {math.ceil(size - 1e-9), math.ceil(size + 1e-9)} if abs(size - round(size)) < 1e-9 else {math.ceil(size)}


@given(rate=st.floats(0.05, 0.9), effect=st.floats(0.01, 0.08), alpha=st.sampled_from([0.01, 0.05, 0.1]),
       power=st.sampled_from([0.8, 0.9]))
@example(rate=0.40, effect=0.02, alpha=0.05, power=0.8)  # 9492.04 pooled: 9493, never 9492
@example(rate=0.40, effect=-0.02, alpha=0.05, power=0.8)  # a drop is worth detecting too
@example(rate=0.30, effect=0.05, alpha=0.05, power=0.8)  # 1376.30 pooled, 1373.55 unpooled: rounded up
def test_sample_size_follows_the_two_proportion_formula(rate, effect, alpha, power):
    pooled, unpooled = _two_proportion_sizes(rate, effect, alpha, power)
    got = ab_sample_size(rate, effect, alpha, power)
    allowed = _rounded_up(pooled) | _rounded_up(unpooled)
    assert got in allowed, (
        f"ab_sample_size ({WHERE}): {got} listings per arm for a sell-through rate of {rate:.3f}, an "
        f"effect of {effect:.3f}, alpha {alpha}, power {power}; the two-proportion formula gives "
        f"{pooled:.2f} (pooled) or {unpooled:.2f} (unpooled), rounded up: {sorted(allowed)}")


@pytest.mark.parametrize(("listings", "correlation", "design_effect"),
                         [(5, 0.1, 1.4), (3, 1.0, 3.0), (2.5, 0.3, 1.45)],
                         ids=["five-listings-correlation-0.1", "correlation-1", "fractional-listings"])
def test_sample_size_grows_with_the_design_effect(listings, correlation, design_effect):
    clustered = ab_sample_size(0.40, 0.02, listings_per_seller=listings, intra_seller_correlation=correlation)
    pooled, unpooled = _two_proportion_sizes(0.40, 0.02, 0.05, 0.8)
    allowed = _rounded_up(pooled * design_effect) | _rounded_up(unpooled * design_effect)
    assert clustered in allowed, (
        f"ab_sample_size ({WHERE}): with {listings} listings per seller and an intra-seller correlation "
        f"of {correlation} the design effect is 1 + ({listings} - 1) x {correlation} = {design_effect}: "
        f"expected the size times {design_effect}, then rounded up, {sorted(allowed)}, got {clustered}")


def test_sample_size_without_correlation_has_no_design_effect():
    assert ab_sample_size(0.40, 0.02, listings_per_seller=5) == ab_sample_size(0.40, 0.02), (
        f"ab_sample_size ({WHERE}): without correlation within sellers there is no design effect")


IMPOSSIBLE = {"baseline-0": (0.0, 0.02), "baseline-1": (1.0, -0.02), "no-effect": (0.4, 0.0),
              "effect-beyond-1": (0.9, 0.1), "effect-down-to-0": (0.02, -0.02), "alpha-0": (0.4, 0.02, 0.0), "power-1": (0.4, 0.02, 0.05, 1.0),
              "fewer-than-one-listing": (0.4, 0.02, 0.05, 0.8, 0.5),
              "correlation-above-1": (0.4, 0.02, 0.05, 0.8, 3, 1.5)}


@pytest.mark.parametrize("case", list(IMPOSSIBLE))
def test_sample_size_rejects_impossible_inputs(case):
    with must_raise(ValueError, f"ab_sample_size ({WHERE}) must refuse {case.replace('-', ' ')}: "
                    f"{IMPOSSIBLE[case]}"):
        ab_sample_size(*IMPOSSIBLE[case])
