# Known-wrong for kata 5.1: the request models are strict and complete, but the response
# models are left open: "the service computes the probability, so it must be fine", until a
# bug sends NaN or 1.7 to every client.


class Prediction(BaseModel):
    is_legendary: bool
    probability: float
    model_version: str


class BatchPrediction(BaseModel):
    predictions: list[Prediction]
