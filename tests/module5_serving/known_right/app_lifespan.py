# Known-right for kata 5.3: the model is loaded in a lifespan handler at start-up and kept on
# app.state; sync endpoints; errors answered through app.add_exception_handler.
from contextlib import asynccontextmanager


def create_app(load_model, model_version):
    @asynccontextmanager
    async def lifespan(app):
        app.state.scorer = LinearScorer(load_model())
        yield

    app = FastAPI(lifespan=lifespan)

    async def refuse(request, error):
        errors = [{"loc": list(map(str, e["loc"])), "msg": e["msg"]} for e in error.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    app.add_exception_handler(RequestValidationError, refuse)

    def answer(features):
        p = app.state.scorer.predict_proba(features.model_dump())
        return Prediction(is_legendary=p >= 0.5, probability=p, model_version=model_version)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.get("/version")
    def version():
        return {"model_version": model_version}

    @app.post("/predict", response_model=Prediction)
    def predict(features: PokemonFeatures):
        return answer(features)

    @app.post("/predict/batch", response_model=BatchPrediction)
    def predict_batch(batch: BatchRequest):
        return BatchPrediction(predictions=[answer(f) for f in batch.instances])

    return app
