# Known-wrong for kata 7.8: /predict forbids unknown fields, but the batch declares its items
# with a looser copy of the model that ignores them, so a misspelt field in a batch is dropped
# silently and the item is answered.


class _LooseBatchItem(_PokemonStats):
    model_config = ConfigDict(extra="ignore", strict=True)


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
    def predict_batch(batch: Annotated[list[_LooseBatchItem], Body(min_length=1, max_length=MAX_BATCH)]):
        return [_answer(stats) for stats in batch]

    return app
