# Known-wrong for kata 6.5: builds the row from the request's values in the order the client sent
# them, which is STAT_COLUMNS order only when the client happens to send them so.


class LegendaryService:
    def __init__(self, load_model):
        self._model = load_model()

    def predict(self, features):
        row = np.array([[float(value) for value in features.values()]])  # noqa: F821
        return bool(self._model.predict(row)[0])
