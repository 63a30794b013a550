# Known-wrong for kata 3.2: takes the middle element of the sorted targets, which for an even
# count is the upper of the two middle values instead of their mean.


def _fit(self, X, y):
    y = np.sort(np.asarray(y, dtype=float))
    if len(y) == 0:
        raise ValueError("no rows")
    self.median_ = float(y[len(y) // 2])
    return self


MedianRegressor.fit = _fit
_fit.__name__ = _fit.__qualname__ = "fit"
