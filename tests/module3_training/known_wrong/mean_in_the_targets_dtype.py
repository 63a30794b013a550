# Known-wrong for kata 3.2: MeanRegressor predicts in the targets' dtype, so integer targets truncate the mean.


def fit(self, X, y):
    y = np.asarray(y)
    if len(y) == 0:
        raise ValueError("cannot fit a baseline on no rows")
    self.mean_ = y.mean()
    self.dtype_ = y.dtype
    return self


def predict(self, X):
    return np.full(len(X), self.mean_, dtype=self.dtype_)


MeanRegressor.fit = fit
MeanRegressor.predict = predict
