# Known-wrong for kata 7.8: every item is validated, but the batch has no size limits, so an
# empty batch gets [] and a million items hold the service.


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
    def predict_batch(batch: list[_PokemonStats]):
        return [_answer(stats) for stats in batch]

    return app
