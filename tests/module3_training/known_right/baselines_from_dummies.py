# Known-right for kata 3.2: scikit-learn's dummies do the work: DummyClassifier("prior") for the
# majority vote and the shares, DummyClassifier("stratified") with the seed for the draws (it makes
# its generator from the seed in every predict call), DummyRegressor for the mean and the median.

from sklearn.dummy import DummyClassifier, DummyRegressor


def _classifier_fit(self, X, y):
    if self.strategy not in ("majority", "stratified"):
        raise ValueError(f"strategy must be 'majority' or 'stratified', not {self.strategy!r}")
    if len(y) == 0:
        raise ValueError("no training rows")
    kind = "prior" if self.strategy == "majority" else "stratified"
    self.dummy_ = DummyClassifier(strategy=kind, random_state=self.seed).fit(np.zeros((len(y), 1)), np.asarray(y))
    self.classes_ = self.dummy_.classes_
    return self


def _classifier_predict(self, X):
    return self.dummy_.predict(np.zeros((len(X), 1)))


def _classifier_proba(self, X):
    return np.tile(self.dummy_.class_prior_, (len(X), 1))


def _regressor(strategy):
    def fit(self, X, y):
        if len(y) == 0:
            raise ValueError("no training rows")
        self.dummy_ = DummyRegressor(strategy=strategy).fit(np.zeros((len(y), 1)), np.asarray(y, dtype=float))
        return self

    def predict(self, X):
        return self.dummy_.predict(np.zeros((len(X), 1)))

    return fit, predict


# scikit-learn looks methods up by their __name__ (scorers, available_if): give them their real names.
for function, name in ((_classifier_fit, "fit"), (_classifier_predict, "predict"),
                       (_classifier_proba, "predict_proba")):
    function.__name__ = function.__qualname__ = name

BaselineClassifier.fit = _classifier_fit
BaselineClassifier.predict = _classifier_predict
BaselineClassifier.predict_proba = _classifier_proba
MeanRegressor.fit, MeanRegressor.predict = _regressor("mean")
MedianRegressor.fit, MedianRegressor.predict = _regressor("median")
