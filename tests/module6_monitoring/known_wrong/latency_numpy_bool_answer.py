# Known-wrong for kata 6.5: predict returns the model's answer as it comes, numpy's bool_, which compares
# equal to True and False but is not a Python bool (a JSON encoder refuses it).


class LegendaryService:
    def __init__(self, load_model):
        self._model = load_model()

    def predict(self, features):
        row = np.array([[float(features[column]) for column in STAT_COLUMNS]])
        return self._model.predict(row)[0]
