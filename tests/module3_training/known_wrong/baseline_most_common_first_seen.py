# Known-wrong for kata 3.2: Counter.most_common breaks ties by first appearance, not by the class
# that sorts first.

from collections import Counter


def _predict(self, X):
    if self.strategy == "majority":
        return np.full(len(X), Counter(self.training_labels_).most_common(1)[0][0])
    rng = np.random.default_rng(self.seed)
    return rng.choice(self.classes_, size=len(X), p=self.class_shares_)


_reference_fit = BaselineClassifier.fit


def _fit(self, X, y):
    _reference_fit(self, X, y)
    self.training_labels_ = list(np.asarray(y))
    return self


BaselineClassifier.fit = _fit
BaselineClassifier.predict = _predict
_predict.__name__ = _predict.__qualname__ = "predict"
_fit.__name__ = _fit.__qualname__ = "fit"
