# Known-wrong for kata 5.2: clips the logit to [-20, 20] "to be safe from overflow"; no
# overflow, but beyond the clip the probability is up to 2e-9 away from the pipeline's.


class LinearScorer(LinearScorer):
    def predict_proba(self, features):
        logit = self._bias + self._type_weights.get(features[self._type_column], 0.0)
        for column, weight in self._weights.items():
            logit += weight * float(features[column])
        logit = max(-20.0, min(20.0, logit))
        return 1.0 / (1.0 + math.exp(-logit))
