"""Kata 5.3: a prediction service with the model loaded once and bad input answered 422."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from .fast_path import LinearScorer  # noqa: F401  (yours, from kata 5.2)
from .schemas import BatchPrediction, BatchRequest, PokemonFeatures, Prediction  # noqa: F401


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
    raise NotImplementedError("kata 5.3: implement create_app")
