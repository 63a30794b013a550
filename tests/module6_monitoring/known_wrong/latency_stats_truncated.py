# Known-wrong for kata 6.5: loads the model once, but builds the row with int(), so a stat sent as
# 60.5 reaches the model as 60.


class LegendaryService:
    def __init__(self, load_model):
        self._model = load_model()

    def predict(self, features):
        row = np.array([[int(features[column]) for column in STAT_COLUMNS]])
        return bool(self._model.predict(row)[0])
