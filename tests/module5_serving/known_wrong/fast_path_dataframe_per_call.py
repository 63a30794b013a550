# Known-wrong for kata 5.2: correct numbers, but it still builds a one-row DataFrame and runs
# the whole pipeline on every call, so nothing is gained.
import pandas as pd


class LinearScorer:
    def __init__(self, pipeline):
        self._pipeline = pipeline

    def predict_proba(self, features):
        return float(self._pipeline.predict_proba(pd.DataFrame([dict(features)]))[0, 1])
