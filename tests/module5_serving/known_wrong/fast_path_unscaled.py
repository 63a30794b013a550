# Known-wrong for kata 5.2: applies the coefficients to the raw stats, forgetting that the
# model was trained on standardised ones.


class LinearScorer(LinearScorer):
    def __init__(self, pipeline):
        super().__init__(pipeline)
        classifier = pipeline.named_steps["classifier"]
        columns = list(self._weights)
        self._weights = dict(zip(columns, map(float, classifier.coef_[0][:len(columns)])))
        self._bias = float(classifier.intercept_[0])
