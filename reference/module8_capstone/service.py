"""Kata 8.6: a validated price endpoint, its SLOs and an A/B test plan."""

from __future__ import annotations

import hashlib
import math
from datetime import date
from typing import Annotated, Any, Literal

import pandas as pd
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field, model_validator
from scipy.stats import norm

CARD_SETS = {  # set name -> release date
    "Base Set": "1999-01-09", "Jungle": "1999-06-16", "Fossil": "1999-10-10",
    "Team Rocket": "2000-04-24", "Neo Genesis": "2000-12-16", "EX Ruby & Sapphire": "2003-07-01",
    "Diamond & Pearl": "2007-05-23", "HeartGold SoulSilver": "2010-02-10", "XY": "2014-02-05",
    "Sun & Moon": "2017-02-03", "Sword & Shield": "2020-02-07", "Scarlet & Violet": "2023-03-31",
}


class CardRequest(BaseModel):
    """One card to price, as a seller's new listing sends it.

    Required: ``pokemon_id``, ``pokemon_name``, ``is_legendary``, ``hp``, ``attack``,
    ``set_name``, ``rarity`` and ``language``. Optional: ``is_first_edition`` and ``is_holo``
    (default false), ``grade`` (``null`` or absent for an ungraded card) and ``listing_date``
    (the day the listing is priced for; absent means the day of the request). The key may be
    left out of the JSON entirely. Unknown fields are refused. Nothing is converted (strict
    mode, as in module 5): a number must arrive as a JSON number, a flag as ``true``/``false``
    (``"45"``, ``true`` for ``hp`` or ``1`` for ``is_holo`` are refused); only the date is a
    string, ``"YYYY-MM-DD"``. The request is invalid (and the service answers 422 naming the
    field) when:

    * ``hp`` or ``attack`` is outside 1–255, ``pokemon_id`` is below 1, or ``pokemon_name``
      is empty or longer than 60 characters;
    * ``grade`` is not an integer from 1 to 10;
    * ``set_name``, ``rarity`` or ``language`` is not one of the known values
      (``CARD_SETS``; the six rarities; English, Japanese, German, French);
    * ``is_first_edition`` is true for a set without first editions: EX Ruby & Sapphire or a
      later set (only the sets released before 2001, Base Set to Neo Genesis, have them);
    * ``listing_date`` is before the set's release date.

    Example:
        >>> CardRequest(listing_date="2024-05-01", pokemon_id=25, pokemon_name="Pikachu",
        ...             is_legendary=False, hp=35, attack=55, set_name="Base Set",
        ...             rarity="Rare", language="English", grade=9).grade
        9
    """

    # strict: "45" and true are a client's bug, not a number; refusing them is the honest answer.
    model_config = ConfigDict(extra="forbid", strict=True)

    listing_date: Annotated[date | None, Field(strict=False)] = None  # JSON has no date type
    pokemon_id: int = Field(ge=1)
    pokemon_name: str = Field(min_length=1, max_length=60)
    is_legendary: bool
    hp: int = Field(ge=1, le=255)
    attack: int = Field(ge=1, le=255)
    set_name: Literal[tuple(CARD_SETS)]  # type: ignore[valid-type]
    rarity: Literal["Common", "Uncommon", "Rare", "Holo Rare", "Ultra Rare", "Secret Rare"]
    language: Literal["English", "Japanese", "German", "French"]
    is_first_edition: bool = False
    is_holo: bool = False
    grade: int | None = Field(default=None, ge=1, le=10)

    @model_validator(mode="after")
    def check_set_consistency(self) -> CardRequest:
        """Refuse what no real card can be: a modern first edition, a listing before release."""
        release = date.fromisoformat(CARD_SETS[self.set_name])
        if self.is_first_edition and release.year >= 2001:
            raise ValueError(f"is_first_edition: {self.set_name} (released {release}) has no first edition")
        if self.listing_date is not None and self.listing_date < release:
            raise ValueError(f"listing_date {self.listing_date} is before {self.set_name} was released ({release})")
        return self


def _to_frame(card: CardRequest) -> pd.DataFrame:
    """The request as one card-sales row: the listing date is the date the price is for."""
    row = card.model_dump(exclude={"listing_date"})
    # The model learned from sale dates and prices a card as of a date (kata 8.3): here, the
    # listing date. The sale comes later, when the market is a little higher.
    row["sale_date"] = pd.Timestamp(card.listing_date or date.today())
    row["set_release_date"] = pd.Timestamp(CARD_SETS[card.set_name])
    frame = pd.DataFrame([row])
    frame["grade"] = frame["grade"].astype("Int64")
    return frame


def create_app(model: Any, model_version: str = "1.0.0") -> FastAPI:
    """A FastAPI app that prices one card per request with an already-loaded model.

    Args:
        model: a fitted estimator; ``model.predict(frame)`` takes card-sales rows (the columns
            of ``data/README.md`` without ``price_usd``: ``sale_date`` and
            ``set_release_date`` as datetimes, ``grade`` nullable) and returns prices in dollars.
            It is loaded once, by the caller, never per request. Trained on sale dates, it
            prices a card as of the date in ``sale_date``: the service puts the listing date
            there.
        model_version: reported by ``/version`` and with every prediction.

    Returns:
        An app with the routes:

        * ``GET /health`` -> ``{"status": "ok"}``;
        * ``GET /version`` -> ``{"model_version": model_version}``;
        * ``POST /predict`` with a :class:`CardRequest` body -> ``{"price_usd": float,
          "model_version": str}``: the model's prediction for the card as one row (the set's
          release date looked up from ``CARD_SETS``; ``sale_date`` = the listing date, or today
          when the request has none; a missing grade as a missing value), rounded to cents.

        An invalid body (see :class:`CardRequest`; also a missing body, malformed JSON or a
        wrong type) is answered with 422 and a message naming the field, never with 500.

    Example:
        >>> from fastapi.testclient import TestClient  # doctest: +SKIP
        >>> TestClient(create_app(model)).post("/predict", json=card).json()["price_usd"]  # doctest: +SKIP
        42.17
    """
    app = FastAPI(title="Card price service")

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok"}

    @app.get("/version")
    def version() -> dict:
        return {"model_version": model_version}

    @app.post("/predict")
    def predict(card: CardRequest) -> dict:
        # FastAPI validated the body against CardRequest already: a bad request never gets here.
        price = float(model.predict(_to_frame(card))[0])
        return {"price_usd": round(price, 2), "model_version": model_version}

    return app


def service_level_objectives() -> dict[str, float]:
    """The service's performance requirements, as numbers a dashboard can check.

    Returns:
        ``{"p50_latency_ms", "p99_latency_ms", "availability", "max_error_rate"}`` with
        ``0 < p50 <= p99 <= 1000`` milliseconds for ``/predict``, ``availability`` a fraction
        in [0.9, 1) (e.g. 0.995 over 30 days) and ``max_error_rate`` (share of 5xx answers)
        in (0, 0.05].

    Example:
        >>> service_level_objectives()["p99_latency_ms"] <= 1000
        True
    """
    return {"p50_latency_ms": 50.0, "p99_latency_ms": 300.0, "availability": 0.995,
            "max_error_rate": 0.01}


def assign_variant(seller_id: str, treatment_share: float = 0.5, salt: str = "price-ab-1") -> str:
    """Assign a seller to ``"control"`` or ``"treatment"`` for the A/B test, the same way every time.

    The unit of randomisation is the seller, not the listing: a seller who sees suggestions on
    some listings prices the others differently too, so per-listing arms would contaminate
    each other. Every listing of a seller gets the seller's arm.

    Args:
        seller_id: the unit of randomisation.
        treatment_share: the fraction of sellers who get price suggestions (0 <= share <= 1).
        salt: names the experiment; another salt gives an independent assignment.

    Returns:
        ``"treatment"`` or ``"control"``, a pure function of ``(seller_id, salt,
        treatment_share)`` (no randomness at call time, stable across processes: use a hash
        such as SHA-256, not Python's ``hash``, which is salted per process), with a share of
        treatment close to ``treatment_share`` over many ids; raising the share only moves
        sellers from control to treatment.

    Raises:
        ValueError: if ``treatment_share`` is outside [0, 1].

    Example:
        >>> assign_variant("seller-42") == assign_variant("seller-42")
        True
    """
    if not 0 <= treatment_share <= 1:
        raise ValueError(f"treatment_share must be in [0, 1], got {treatment_share}")
    digest = hashlib.sha256(f"{salt}:{seller_id}".encode()).digest()
    bucket = int.from_bytes(digest[:8], "big") / 2 ** 64  # uniform in [0, 1)
    return "treatment" if bucket < treatment_share else "control"


def ab_sample_size(baseline_rate: float, minimum_detectable_effect: float, alpha: float = 0.05,
                   power: float = 0.8, listings_per_seller: float = 1.0,
                   intra_seller_correlation: float = 0.0) -> int:
    """Listings needed per arm to detect a change in the share of listings sold within 30 days.

    The A/B test measures the business outcome the suggestion is meant to move: does a listing
    sell within 30 days? (The pricing error is no outcome for it: the suggestion changes the
    sale price itself, and only sold listings have one. Compare models' errors offline, or in
    shadow mode, where the new model prices every listing without being shown.)

    Two-sided test of two proportions, normal approximation, as in module 5::

        p1 = baseline_rate, p2 = p1 + minimum_detectable_effect, p = (p1 + p2) / 2
        n = (z(1 - alpha/2) sqrt(2 p (1 - p)) + z(power) sqrt(p1 (1 - p1) + p2 (1 - p2)))**2 / effect**2

    The unpooled version, ``(z(1 - alpha/2) + z(power))**2 (p1 (1 - p1) + p2 (1 - p2)) / effect**2``,
    is accepted too. Sellers, not listings, are randomised, and one seller's listings sell
    alike, so ``n`` is multiplied by the design effect ``1 + (listings_per_seller - 1) *
    intra_seller_correlation`` and rounded up.

    Args:
        baseline_rate: today's share of listings sold within 30 days, in (0, 1).
        minimum_detectable_effect: the smallest absolute change worth detecting (0.02 means
            40% -> 42%); non-zero, and ``baseline_rate + effect`` must stay in (0, 1).
        alpha: the false-positive rate of the two-sided test, in (0, 1).
        power: the chance of detecting a real effect of that size, in (0, 1).
        listings_per_seller: the average number of listings a seller has in the test (>= 1).
        intra_seller_correlation: the correlation of outcomes within a seller, in [0, 1].

    Returns:
        The number of listings per arm, an integer >= 1.

    Raises:
        ValueError: for any argument outside its range.

    Example:
        >>> ab_sample_size(0.40, 0.02)
        9493

    Stopping an A/B test when it "looks significant" finds effects that are not there; fix the
    sample size before the test starts, and read the result once.
    """
    treated_rate = baseline_rate + minimum_detectable_effect
    if not (0 < baseline_rate < 1 and 0 < treated_rate < 1 and minimum_detectable_effect != 0):
        raise ValueError("baseline_rate and baseline_rate + minimum_detectable_effect must lie in (0, 1) "
                         f"and differ; got {baseline_rate} and {treated_rate}")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError(f"alpha and power must be in (0, 1), got {alpha}, {power}")
    if listings_per_seller < 1 or not 0 <= intra_seller_correlation <= 1:
        raise ValueError("listings_per_seller must be >= 1 and intra_seller_correlation in [0, 1]")
    pooled = (baseline_rate + treated_rate) / 2
    spread = (norm.ppf(1 - alpha / 2) * math.sqrt(2 * pooled * (1 - pooled))
              + norm.ppf(power) * math.sqrt(baseline_rate * (1 - baseline_rate)
                                            + treated_rate * (1 - treated_rate)))
    design_effect = 1 + (listings_per_seller - 1) * intra_seller_correlation
    return max(1, math.ceil(spread ** 2 / minimum_detectable_effect ** 2 * design_effect))
