"""Kata 5.3: a prediction service with the model loaded once and bad input answered 422."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from .fast_path import LinearScorer
from .schemas import BatchPrediction, BatchRequest, PokemonFeatures, Prediction


def create_app(load_model: Callable[[], Any], model_version: str) -> FastAPI:
    """Build the prediction service around a model that ``load_model()`` returns.

    Args:
        load_model: returns the fitted pipeline of kata 5.2 (``LinearScorer``'s docstring shows
            its steps). Loading is slow (think seconds: files, downloads), so call it exactly
            once, when the app is created or at start-up (a lifespan handler), never per request.
        model_version: the version string every answer carries, e.g. ``"1.0.0"``.

    Returns:
        A FastAPI app with these endpoints:

        * ``GET /health`` -> 200 ``{"status": "ok"}``
        * ``GET /version`` -> 200 ``{"model_version": <model_version>}``
        * ``POST /predict`` with a ``PokemonFeatures`` body -> 200 ``Prediction``:
          ``{"is_legendary": bool, "probability": float, "model_version": str}``, where
          ``probability`` equals the pipeline's ``predict_proba(...)[0, 1]`` (within 1e-6)
          and ``is_legendary`` is ``probability >= 0.5``
        * ``POST /predict/batch`` with a ``BatchRequest`` body -> 200 ``BatchPrediction``:
          ``{"predictions": [...]}``, one per instance, in order

        Any request the models of kata 5.1 refuse (missing or extra field, stat out of range,
        NaN or infinity, unknown type, wrong JSON type, body that is not JSON, empty or
        oversized batch) gets status 422 and a JSON body ``{"detail": [<error>, ...]}`` where
        every error has ``"loc"`` (a list naming where, e.g. ``["body", "hp"]``) and ``"msg"``
        (text a client can act on). No request may ever get a 5xx.

    Example:
        >>> app = create_app(lambda: joblib.load("model.joblib"), "1.0.0")   # doctest: +SKIP
        >>> # then: uvicorn, or httpx.ASGITransport(app=app) in tests

    Why: a client that sends bad input deserves to be told what to fix (422), not to see your
    service crash (500) and page your on-call. Beware: FastAPI's built-in 422 answer echoes the
    bad input back, and JSON cannot encode NaN, so ``{"hp": NaN}`` turns into a 500 unless you
    answer validation errors yourself.
    """
    model = load_model()  # once, here: every request shares it
    scorer = LinearScorer(model)  # the weights are worked out once too
    app = FastAPI(title="Legendary classifier", version=model_version)

    @app.exception_handler(RequestValidationError)
    async def refuse_invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        # Leave out "input" and "ctx": they can hold NaN or infinity, which JSON cannot carry.
        detail = [{"loc": [str(part) for part in item["loc"]], "msg": item["msg"], "type": item["type"]}
                  for item in error.errors()]
        return JSONResponse(status_code=422, content={"detail": detail})

    def predict_one(features: PokemonFeatures) -> Prediction:
        probability = scorer.predict_proba(features.model_dump())
        return Prediction(is_legendary=probability >= 0.5, probability=probability,
                          model_version=model_version)

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/version")
    async def version() -> dict[str, str]:
        return {"model_version": model_version}

    # async def: the work is microseconds of arithmetic, so there is no reason to pay for a
    # hop to the thread pool.
    @app.post("/predict")
    async def predict(features: PokemonFeatures) -> Prediction:
        return predict_one(features)

    @app.post("/predict/batch")
    async def predict_batch(batch: BatchRequest) -> BatchPrediction:
        return BatchPrediction(predictions=[predict_one(item) for item in batch.instances])

    return app
