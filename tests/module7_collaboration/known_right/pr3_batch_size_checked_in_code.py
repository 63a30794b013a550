# Known-right for kata 7.8: items validated by the pydantic model, the batch size checked in the
# endpoint's code, refused with an HTTPException(422) that names the body.
from fastapi import HTTPException


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
        if not 1 <= len(batch) <= MAX_BATCH:
            raise HTTPException(status_code=422, detail=[{
                "loc": ["body"], "type": "batch_size",
                "msg": f"a batch holds 1 to {MAX_BATCH} items, this one {len(batch)}"}])
        return [_answer(stats) for stats in batch]

    return app
