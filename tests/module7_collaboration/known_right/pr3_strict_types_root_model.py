# Known-right for kata 7.8: StrictInt with conint-style bounds per field, the batch as a
# RootModel with a length-bounded list, and the error handler as a decorator.
from pydantic import RootModel, StrictInt, conlist

_StrictStat = Annotated[StrictInt, Field(ge=1, le=255)]


class _Stats(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hp: _StrictStat
    attack: _StrictStat
    defense: _StrictStat
    sp_attack: _StrictStat
    sp_defense: _StrictStat
    speed: _StrictStat


class _Batch(RootModel[conlist(_Stats, min_length=1, max_length=MAX_BATCH)]):
    pass


def create_app():
    app = FastAPI(title="legendary classifier")

    @app.exception_handler(RequestValidationError)
    async def refuse(request, error):
        return JSONResponse(status_code=422, content={"detail": [
            {"loc": [str(part) for part in e["loc"]], "msg": e["msg"]} for e in error.errors()]})

    def answer(stats):
        p = legendary_probability(stats.model_dump())
        return {"probability": p, "is_legendary": p >= 0.5}

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.post("/predict")
    def predict(stats: _Stats):
        return answer(stats)

    @app.post("/predict/batch")
    def predict_batch(batch: _Batch):
        return [answer(stats) for stats in batch.root]

    return app
