# Known-wrong for kata 7.8: the batch limit is written as an exclusive bound, so a batch of
# exactly MAX_BATCH items, which the spec allows, is refused.


def create_app():
    app = FastAPI(title="legendary classifier")
    app.add_exception_handler(RequestValidationError, _refuse)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.post("/predict")
    def predict(stats: _PokemonStats):
        return _answer(stats)

    @app.post("/predict/batch")
    def predict_batch(batch: Annotated[list[_PokemonStats], Body(min_length=1, max_length=MAX_BATCH - 1)]):
        return [_answer(stats) for stats in batch]

    return app
