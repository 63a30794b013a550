# Known-wrong for kata 6.5: the v2.4.0 code as shipped: the model is loaded inside predict.


class LegendaryService(LegendaryService):
    def __init__(self, load_model):
        self._load_model = load_model

    def predict(self, features):
        model = self._load_model()
        row = np.array([[float(features[c]) for c in STAT_COLUMNS]])
        return bool(model.predict(row)[0])
