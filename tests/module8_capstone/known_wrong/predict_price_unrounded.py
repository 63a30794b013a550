# Known-wrong for kata 8.6: /predict answers the model's raw float (12.3456...) instead of a price
# rounded to cents.
def create_app(model, model_version="1.0.0"):
    app = FastAPI(title="Card price service")

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok"}

    @app.get("/version")
    def version() -> dict:
        return {"model_version": model_version}

    @app.post("/predict")
    def predict(card: CardRequest) -> dict:
        price = float(model.predict(_to_frame(card))[0])
        return {"price_usd": price, "model_version": model_version}

    return app
