# Known-wrong for kata 7.8: the body has types but no ranges, so hp = -5 still gets a prediction.


class _LooseStats(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hp: int
    attack: int
    defense: int
    sp_attack: int
    sp_defense: int
    speed: int


def create_app():
    app = FastAPI(title="legendary classifier")
    app.add_exception_handler(RequestValidationError, _refuse)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.post("/predict")
    def predict(stats: _LooseStats):
        return _answer(stats)

    @app.post("/predict/batch")
    def predict_batch(batch: Annotated[list[_LooseStats], Body(min_length=1, max_length=MAX_BATCH)]):
        return [_answer(stats) for stats in batch]

    return app
