# Known-wrong for kata 3.7: takes the drawn subsample of X by index label (X.loc), so a frame
# whose index is not 0..n-1 gives other rows than the labels, or no such rows at all.
def _fastest_fit(model, X, y, rows, repeats=3):
    X_sample = X.loc[rows] if isinstance(X, pd.DataFrame) else np.asarray(X)[rows]
    y_sample = y.loc[rows] if isinstance(y, pd.Series) else np.asarray(y)[rows]
    best = float("inf")
    for _ in range(repeats):
        fresh = clone(model)
        start = time.perf_counter()
        fresh.fit(X_sample, y_sample)
        best = min(best, time.perf_counter() - start)
    return max(best, 1e-9)
