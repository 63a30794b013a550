# Known-wrong for kata 5.2: takes the stat values in the order the caller's mapping lists them,
# so a request whose keys come in another order (JSON objects have no fixed order) pairs each
# weight with the wrong stat.


class LinearScorer(LinearScorer):
    def predict_proba(self, features):
        logit = self._bias + self._type_weights.get(features[self._type_column], 0.0)
        values = [float(features[key]) for key in features if key in self._weights]
        for weight, value in zip(self._weights.values(), values):
            logit += weight * value
        if logit >= 0:
            return 1.0 / (1.0 + math.exp(-logit))
        odds = math.exp(logit)
        return odds / (1.0 + odds)
