# Known-wrong for kata 5.3: relies on FastAPI's built-in 422 answer, which echoes the bad input;
# JSON cannot encode NaN or infinity, so {"hp": NaN} becomes a 500 instead of a 422.


def create_app(load_model, model_version):
    model = load_model()
    scorer = LinearScorer(model)
    app = FastAPI()

    def predict_one(features):
        probability = scorer.predict_proba(features.model_dump())
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
