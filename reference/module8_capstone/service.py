"""Kata 8.6: a validated price endpoint, its SLOs and an A/B test plan."""

from __future__ import annotations

import hashlib
import math
from datetime import date
from typing import Any, Literal

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
    """One card to price, as a seller's listing sends it.

    Every field is required except ``is_first_edition`` and ``is_holo`` (default false) and
    ``grade`` (``null`` for an ungraded card). Unknown fields are refused. The request is
    invalid (and the service answers 422 naming the field) when:

    * ``hp`` or ``attack`` is outside 1–255, ``pokemon_id`` is below 1, or ``pokemon_name``
      is empty or longer than 60 characters;
    * ``grade`` is not an integer from 1 to 10;
    * ``set_name``, ``rarity`` or ``language`` is not one of the known values
      (``CARD_SETS``; the six rarities; English, Japanese, German, French);
    * ``is_first_edition`` is true for a set released in 2001 or later;
    * ``sale_date`` is before the set's release date.

    Example:
        >>> CardRequest(sale_date="2024-05-01", pokemon_id=25, pokemon_name="Pikachu",
        ...             is_legendary=False, hp=35, attack=55, set_name="Base Set",
        ...             rarity="Rare", language="English", grade=9).grade
        9
    """

    model_config = ConfigDict(extra="forbid")

    sale_date: date
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
        """Refuse what no real card can be: a modern first edition, a sale before release."""
        release = date.fromisoformat(CARD_SETS[self.set_name])
        if self.is_first_edition and release.year >= 2001:
            raise ValueError(f"is_first_edition: {self.set_name} (released {release}) has no first edition")
        if self.sale_date < release:
            raise ValueError(f"sale_date {self.sale_date} is before {self.set_name} was released ({release})")
        return self


def _to_frame(card: CardRequest) -> pd.DataFrame:
    """The request as one card-sales row, with the set's release date filled in."""
    row = card.model_dump()
    row["sale_date"] = pd.Timestamp(card.sale_date)
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
            It is loaded once, by the caller, never per request.
        model_version: reported by ``/version`` and with every prediction.

    Returns:
        An app with the routes:

        * ``GET /health`` -> ``{"status": "ok"}``;
        * ``GET /version`` -> ``{"model_version": model_version}``;
        * ``POST /predict`` with a :class:`CardRequest` body -> ``{"price_usd": float,
          "model_version": str}``: the model's prediction for the card as one row (the set's
          release date looked up from ``CARD_SETS``), rounded to cents.

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


def assign_variant(listing_id: str, treatment_share: float = 0.5, salt: str = "price-ab-1") -> str:
    """Assign a listing to ``"control"`` or ``"treatment"`` for the A/B test, the same way every time.

    Args:
        listing_id: the unit of randomisation (a seller's listing).
        treatment_share: the fraction of listings that get the new model (0 <= share <= 1).
        salt: names the experiment; another salt gives an independent assignment.

    Returns:
        ``"treatment"`` or ``"control"``, a pure function of ``(listing_id, salt,
        treatment_share)`` (no randomness at call time, stable across processes: use a hash
        such as SHA-256, not Python's ``hash``), with a share of treatment close to
        ``treatment_share`` over many ids; raising the share only moves listings from control
        to treatment.

    Raises:
        ValueError: if ``treatment_share`` is outside [0, 1].

    Example:
        >>> assign_variant("listing-42") == assign_variant("listing-42")
        True
    """
    if not 0 <= treatment_share <= 1:
        raise ValueError(f"treatment_share must be in [0, 1], got {treatment_share}")
    digest = hashlib.sha256(f"{salt}:{listing_id}".encode()).digest()
    bucket = int.from_bytes(digest[:8], "big") / 2 ** 64  # uniform in [0, 1)
    return "treatment" if bucket < treatment_share else "control"


def ab_sample_size(error_std: float, min_detectable_difference: float, alpha: float = 0.05,
                   power: float = 0.8) -> int:
    """Listings needed per arm to detect a change in mean absolute pricing error.

    Two-sample z-test on means, two-sided:
    ``n = ceil(2 * (z(1 - alpha / 2) + z(power)) ** 2 * error_std ** 2 / min_detectable_difference ** 2)``
    where ``z`` is the standard normal quantile.

    Args:
        error_std: the standard deviation of the per-listing absolute error, in dollars (> 0).
        min_detectable_difference: the smallest difference in mean error worth detecting,
            in dollars (> 0).
        alpha: the false-positive rate (0 < alpha < 1).
        power: the chance of detecting a real difference of that size (0 < power < 1).

    Returns:
        The sample size per arm, an integer >= 1.

    Raises:
        ValueError: for a non-positive std or difference, or alpha / power outside (0, 1).

    Example:
        >>> ab_sample_size(error_std=40.0, min_detectable_difference=4.0)
        1570

    Stopping an A/B test when it "looks significant" finds effects that are not there; fix the
    sample size before the test starts.
    """
    if error_std <= 0 or min_detectable_difference <= 0:
        raise ValueError("error_std and min_detectable_difference must be > 0")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError("alpha and power must be in (0, 1)")
    z = norm.ppf(1 - alpha / 2) + norm.ppf(power)
    return max(1, math.ceil(2 * z ** 2 * error_std ** 2 / min_detectable_difference ** 2))
