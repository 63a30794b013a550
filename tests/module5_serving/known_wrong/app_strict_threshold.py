# Known-wrong for kata 5.3: is_legendary = probability > 0.5, so a species scored exactly 0.5
# is not legendary, against the spec's >= 0.5.


def create_app(load_model, model_version):
    scorer = LinearScorer(load_model())
    app = FastAPI()

    @app.exception_handler(RequestValidationError)
    async def refuse_invalid_request(request, error):
        detail = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in error.errors()]
        return JSONResponse(status_code=422, content={"detail": detail})

    def predict_one(features):
        probability = scorer.predict_proba(features.model_dump())
        return Prediction(is_legendary=probability > 0.5, probability=probability,
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
