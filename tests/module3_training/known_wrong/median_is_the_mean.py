# Known-wrong for kata 3.2: the "median" baseline predicts the mean, the constant for squared
# error, which with skewed targets inflates the baseline's MAE.


def _fit(self, X, y):
    y = np.asarray(y, dtype=float)
    if len(y) == 0:
        raise ValueError("no rows")
    self.median_ = float(y.mean())
    return self


MedianRegressor.fit = _fit
_fit.__name__ = _fit.__qualname__ = "fit"
