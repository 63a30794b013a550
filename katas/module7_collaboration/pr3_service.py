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

from fastapi import FastAPI

STATS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")
WEIGHTS = {"hp": 0.021, "attack": 0.018, "defense": 0.019, "sp_attack": 0.02,
           "sp_defense": 0.019, "speed": 0.017}
BIAS = -12.5
MAX_BATCH = 100


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

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/predict")
    def predict(payload: dict) -> dict:
        probability = legendary_probability(payload)
        return {"probability": probability, "is_legendary": probability >= 0.5}

    @app.post("/predict/batch")
    def predict_batch(payloads: list[dict]) -> list[dict]:
        answers = []
        for payload in payloads:
            try:
                answers.append(predict(payload))
            except Exception:
                answers.append({"probability": 0.0, "is_legendary": False})
        return answers

    return app
