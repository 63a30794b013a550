"""Pull request #3: serve the legendary classifier over HTTP.

Author: a teammate. Reviewer: you (kata 7.3), then you fix it (kata 7.8).

Summary
    Adds a FastAPI app with ``POST /predict`` (one Pokémon's six base stats in, the probability
    that it is legendary out) and ``POST /predict/batch`` (a list of them). The model is a
    logistic regression whose coefficients are exported into ``WEIGHTS``.

Motivation
    The card-shop team wants to call the model from their checkout service.

Results
    Answers in under 2 ms per request on a laptop.

Testing
    Tried a few requests with curl; they came back fine.
"""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import Body, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

STATS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")
WEIGHTS = {"hp": 0.021, "attack": 0.018, "defense": 0.019, "sp_attack": 0.02,
           "sp_defense": 0.019, "speed": 0.017}
BIAS = -12.5
MAX_BATCH = 100


#: A base stat as the games allow it. A float with a fraction, text, null or NaN is refused.
_Stat = Annotated[int, Field(ge=1, le=255)]


class _PokemonStats(BaseModel):
    # extra="forbid": a misspelt field ("atack") is an error, not a silently ignored key.
    # strict=True: "45" and true are refused, not converted to 45 and 1.
    model_config = ConfigDict(extra="forbid", strict=True)

    hp: _Stat
    attack: _Stat
    defense: _Stat
    sp_attack: _Stat
    sp_defense: _Stat
    speed: _Stat


def legendary_probability(stats: dict[str, int]) -> float:
    """The model: the probability that a Pokémon with these six base stats is legendary."""
    z = BIAS + sum(WEIGHTS[name] * stats[name] for name in STATS)
    return 1.0 / (1.0 + math.exp(-z))


def create_app() -> FastAPI:
    """Build the prediction service.

    Endpoints:

    * ``GET /health``: ``{"status": "ok"}``.
    * ``POST /predict``: a JSON object with exactly the six ``STATS``, each an integer from 1
      to 255 (base stats in the games). Answer 200 with ``{"probability": p, "is_legendary":
      p >= 0.5}``, where ``p = legendary_probability(stats)``.
    * ``POST /predict/batch``: a JSON list of 1 to ``MAX_BATCH`` such objects; answer 200 with
      the list of answers, in order.

    Anything else is refused with 422 and a message naming the offending field: a missing or
    unknown field, a value that is not a JSON integer (text such as "high" or even "45",
    true/false, null, 45.5, NaN: nothing is converted), a value outside 1–255, a body that is
    not an object (or, for the batch, not a list of objects), an empty or oversized batch.
    No request may make the service answer 500, and no request may get a made-up prediction.

    Returns:
        A new FastAPI application.

    Example:
        >>> from fastapi.testclient import TestClient
        >>> client = TestClient(create_app())
        >>> client.post("/predict", json={"hp": 80, "attack": -5}).status_code
        422

    Why it matters: a service that crashes on a typo pages someone at night, and one that
    guesses on garbage sends wrong prices to customers without anyone noticing.
    """
    app = FastAPI(title="legendary classifier")
    app.add_exception_handler(RequestValidationError, _refuse)

    # Declaring the body as a pydantic model makes FastAPI validate every request before our
    # code runs and answer 422 with the failing field's location; the model never sees junk.
    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/predict")
    def predict(stats: _PokemonStats) -> dict:
        return _answer(stats)

    @app.post("/predict/batch")
    def predict_batch(
        batch: Annotated[list[_PokemonStats], Body(min_length=1, max_length=MAX_BATCH)],
    ) -> list[dict]:
        # One bad item refuses the whole batch (422): never fill the gap with a made-up answer.
        return [_answer(stats) for stats in batch]

    return app


def _answer(stats: _PokemonStats) -> dict:
    probability = legendary_probability(stats.model_dump())
    return {"probability": probability, "is_legendary": probability >= 0.5}


def _refuse(request: Request, error: RequestValidationError) -> JSONResponse:
    # FastAPI's default 422 echoes the offending input back; a NaN cannot be written as JSON,
    # so that echo itself would crash into a 500. Answer with where and what, not the input.
    detail = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in error.errors()]
    return JSONResponse(status_code=422, content={"detail": detail})
