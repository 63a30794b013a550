# Known-wrong for kata 5.2: the textbook 1 / (1 + exp(-logit)); exact for every real species,
# but math.exp overflows for a large negative logit and the request crashes.


class LinearScorer(LinearScorer):
    def predict_proba(self, features):
        logit = self._bias + self._type_weights.get(features[self._type_column], 0.0)
        for column, weight in self._weights.items():
            logit += weight * float(features[column])
        return 1.0 / (1.0 + math.exp(-logit))
