# Known-wrong for kata 3.7: averages the repeated fits, so one slow fit (a busy machine) bends the
# curve; the fastest is the cleanest measure, since noise only ever adds time.


def _fastest_fit(model, X, y, rows, repeats=3):
    X_sample = X.iloc[rows] if isinstance(X, pd.DataFrame) else np.asarray(X)[rows]
    y_sample = np.asarray(y)[rows]
    times = []
    for _ in range(repeats):
        fresh = clone(model)
        start = time.perf_counter()
        fresh.fit(X_sample, y_sample)
        times.append(time.perf_counter() - start)
    return max(float(np.mean(times)), 1e-9)
