# Known-wrong for kata 8.6: reads today's date once, when the app is created, so a service that
# runs past midnight keeps pricing new listings as of the day it started.
def create_app(model, model_version="1.0.0"):
    app = FastAPI()
    started = date.today()

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok"}

    @app.get("/version")
    def version() -> dict:
        return {"model_version": model_version}

    @app.post("/predict")
    def predict(card: CardRequest) -> dict:
        frame = _to_frame(card.model_copy(update={"listing_date": card.listing_date or started}))
        return {"price_usd": round(float(model.predict(frame)[0]), 2), "model_version": model_version}

    return app
