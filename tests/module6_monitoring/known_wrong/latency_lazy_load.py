# Known-wrong for kata 6.5: loads the model lazily on the first request and caches it: one load,
# but the first user pays for it, and a broken model file surfaces only then.


class LegendaryService(LegendaryService):
    def __init__(self, load_model):
        self._load_model = load_model
        self._model = None

    def predict(self, features):
        if self._model is None:
            self._model = self._load_model()
        row = np.array([[float(features[c]) for c in STAT_COLUMNS]])
        return bool(self._model.predict(row)[0])
