# Known-wrong for kata 5.3: loads the model on the first request and keeps it: once per process,
# but the first client pays the load, and a model that cannot load is found only by a client.


def create_app(load_model, model_version):
    app = FastAPI()
    cache = {}

    def scorer():
        if "scorer" not in cache:
            cache["scorer"] = LinearScorer(load_model())
        return cache["scorer"]

    @app.exception_handler(RequestValidationError)
    async def refuse_invalid_request(request, error):
        detail = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in error.errors()]
        return JSONResponse(status_code=422, content={"detail": detail})

    def predict_one(features):
        probability = scorer().predict_proba(features.model_dump())
        return Prediction(is_legendary=probability >= 0.5, probability=probability,
                          model_version=model_version)

    @app.get("/health")
    async def health():
        return {"status": "ok"}

    @app.get("/version")
    async def version():
        return {"model_version": model_version}

    @app.post("/predict")
    async def predict(features: PokemonFeatures) -> Prediction:
        return predict_one(features)

    @app.post("/predict/batch")
    async def predict_batch(batch: BatchRequest) -> BatchPrediction:
        return BatchPrediction(predictions=[predict_one(item) for item in batch.instances])

    return app
