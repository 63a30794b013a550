# Known-wrong for kata 3.2: makes the stratified generator once in fit, so every call of predict
# moves it on and the same rows get other answers the second time.


def _fit(self, X, y):
    if self.strategy not in ("majority", "stratified"):
        raise ValueError(f"unknown strategy {self.strategy!r}")
    y = np.asarray(y)
    if len(y) == 0:
        raise ValueError("no rows")
    self.classes_, counts = np.unique(y, return_counts=True)
    self.class_shares_ = counts / counts.sum()
    self._rng = np.random.default_rng(self.seed)
    return self


def _predict(self, X):
    if self.strategy == "majority":
        return np.full(len(X), self.classes_[np.argmax(self.class_shares_)])
    return self._rng.choice(self.classes_, size=len(X), p=self.class_shares_)


BaselineClassifier.fit = _fit
BaselineClassifier.predict = _predict
_fit.__name__ = _fit.__qualname__ = "fit"
_predict.__name__ = _predict.__qualname__ = "predict"
