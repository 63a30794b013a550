# Known-wrong for kata 3.7: every timed fit refits the caller's own model instead of a fresh clone,
# so the model comes back fitted on the last subsample.


def _fastest_fit(model, X, y, rows, repeats=3):
    X_sample = X.iloc[rows] if isinstance(X, pd.DataFrame) else np.asarray(X)[rows]
    y_sample = np.asarray(y)[rows]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        model.fit(X_sample, y_sample)
        times.append(time.perf_counter() - start)
    return max(min(times), 1e-9)
