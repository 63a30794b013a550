# Known-wrong for kata 3.7: the labels of a subsample are read through y's index (y[rows]), not by position.


def _fastest_fit(model, X, y, rows, repeats=3):
    X_sample = X.iloc[rows] if isinstance(X, pd.DataFrame) else np.asarray(X)[rows]
    y_sample = np.asarray(y[rows])
    times = []
    for _ in range(repeats):
        fresh = clone(model)
        start = time.perf_counter()
        fresh.fit(X_sample, y_sample)
        times.append(time.perf_counter() - start)
    return max(min(times), 1e-9)
