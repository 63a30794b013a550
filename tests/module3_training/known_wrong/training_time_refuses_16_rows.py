# Known-wrong for kata 3.7: refuses a quarter of exactly 16 rows (largest <= 16), which the spec
# allows (only under 16 is refused).
def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    largest = target_rows // 4
    if largest <= 16 or largest > len(X):
        raise ValueError("target_rows")
    sizes = [largest // 4, largest // 2, largest]
    rng = np.random.default_rng(seed)
    times = []
    for s in sizes:
        idx = rng.choice(len(X), size=s, replace=False)
        Xs = X.iloc[idx] if hasattr(X, "iloc") else X[idx]
        ys = y.iloc[idx] if hasattr(y, "iloc") else np.asarray(y)[idx]
        best = float("inf")
        for _ in range(3):
            m = clone(model)
            t = time.perf_counter()
            m.fit(Xs, ys)
            best = min(best, time.perf_counter() - t)
        times.append(best)
    lr = np.log(sizes)
    lt = np.log(times)
    b = float(np.polyfit(lr, lt, 1)[0])
    local = [(lt[i + 1] - lt[i]) / (lr[i + 1] - lr[i]) for i in range(len(sizes) - 1)]
    ratio = target_rows / largest
    t_max = times[-1]
    exps = [b] + local
    return FitTimeEstimate(t_max * ratio**b, t_max * ratio ** min(exps), t_max * ratio ** max(exps), b)
