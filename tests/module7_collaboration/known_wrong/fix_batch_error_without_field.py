# Known-wrong for kata 7.8: validates each batch item by hand and refuses a bad one with a
# generic "invalid item" message, so the caller is not told which field of which item is wrong.

from fastapi import HTTPException
from pydantic import ValidationError


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
    def predict_batch(batch: Annotated[list, Body(min_length=1, max_length=MAX_BATCH)]):
        try:
            items = [_PokemonStats.model_validate(item, strict=True) for item in batch]
        except ValidationError:
            raise HTTPException(status_code=422, detail="invalid item in the batch") from None
        return [_answer(stats) for stats in items]

    return app
