# Known-right for kata 7.8: every field checked by hand in the raw JSON body (no pydantic),
# refused with 422 by a handler of its own that names the field.

from __future__ import annotations

import json
import math

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

STATS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")
WEIGHTS = {"hp": 0.021, "attack": 0.018, "defense": 0.019, "sp_attack": 0.02,
           "sp_defense": 0.019, "speed": 0.017}
BIAS = -12.5
MAX_BATCH = 100


def legendary_probability(stats: dict[str, int]) -> float:
    """The model: the probability that a Pokémon with these six base stats is legendary."""
    z = BIAS + sum(WEIGHTS[name] * stats[name] for name in STATS)
    return 1.0 / (1.0 + math.exp(-z))


class Invalid(Exception):
    pass


def _check(item: object, where: str) -> dict[str, int]:
    if not isinstance(item, dict):
        raise Invalid(f"{where or 'body'}: must be a JSON object with the fields {', '.join(STATS)}")
    for name in item:
        if name not in STATS:
            raise Invalid(f"{where}{name}: unknown field")
    for name in STATS:
        if name not in item:
            raise Invalid(f"{where}{name}: field required")
        value = item[name]
        if type(value) is not int:
            raise Invalid(f"{where}{name}: must be a JSON integer, got {value!r}")
        if not 1 <= value <= 255:
            raise Invalid(f"{where}{name}: must be from 1 to 255, got {value}")
    return item


def _answer(stats: dict[str, int]) -> dict:
    p = legendary_probability(stats)
    return {"probability": p, "is_legendary": p >= 0.5}


async def _body(request: Request) -> object:
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as error:
        raise Invalid(f"body: not valid JSON ({error})") from None


def create_app() -> FastAPI:
    """Spec in the stub."""
    app = FastAPI(title="legendary classifier")

    @app.exception_handler(Invalid)
    async def invalid(request: Request, exc: Invalid) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": str(exc)})

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/predict")
    async def predict(request: Request) -> dict:
        return _answer(_check(await _body(request), ""))

    @app.post("/predict/batch")
    async def predict_batch(request: Request) -> list[dict]:
        items = await _body(request)
        if not isinstance(items, list):
            raise Invalid("body: must be a JSON list of objects")
        if not 1 <= len(items) <= MAX_BATCH:
            raise Invalid(f"body: a batch holds 1 to {MAX_BATCH} items, got {len(items)}")
        return [_answer(_check(item, f"body.{i}.")) for i, item in enumerate(items)]

    return app
