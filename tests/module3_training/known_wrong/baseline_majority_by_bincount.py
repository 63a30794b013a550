# Known-wrong for kata 3.2: the majority class from np.bincount(y).argmax(), which only counts
# non-negative integers: string labels such as "rare" / "common" cannot be counted, and True/False
# labels come back as 0/1.
def _predict_majority_by_bincount(self, X):
    if self.strategy == "majority":
        return np.full(len(X), np.bincount(self.training_labels_.astype(int)).argmax())
    return _reference_predict(self, X)


def _fit_keeping_labels(self, X, y):
    _reference_fit(self, X, y)
    self.training_labels_ = np.asarray(y)
    return self


_reference_fit = BaselineClassifier.fit
_reference_predict = BaselineClassifier.predict
BaselineClassifier.fit = _fit_keeping_labels
BaselineClassifier.predict = _predict_majority_by_bincount
