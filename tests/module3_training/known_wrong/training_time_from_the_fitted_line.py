# Known-wrong for kata 3.7: extrapolates the least-squares line itself (intercept and slope) instead
# of anchoring the power law at the time measured at the largest size.

_correct_estimate_fit_seconds = estimate_fit_seconds


def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    largest = target_rows // 4
    if largest < 16 or largest > len(X):
        raise ValueError("target_rows // 4 must be between 16 and len(X)")
    rng = np.random.default_rng(seed)
    sizes = [largest // 4, largest // 2, largest]
    times = []
    for size in sizes:
        rows = rng.choice(len(X), size=size, replace=False)
        X_part = X.iloc[rows] if hasattr(X, "iloc") else np.asarray(X)[rows]
        y_part = y.iloc[rows] if hasattr(y, "iloc") else np.asarray(y)[rows]
        best = float("inf")
        for _ in range(3):
            fresh = clone(model)
            start = time.perf_counter()
            fresh.fit(X_part, y_part)
            best = min(best, time.perf_counter() - start)
        times.append(best)
    log_rows, log_times = np.log(sizes), np.log(times)
    slope, intercept = np.polyfit(log_rows, log_times, 1)
    local = np.diff(log_times) / np.diff(log_rows)
    seconds = float(np.exp(intercept + slope * np.log(target_rows)))
    low = min(seconds, times[-1] * (target_rows / largest) ** min(slope, *local))
    high = max(seconds, times[-1] * (target_rows / largest) ** max(slope, *local))
    return FitTimeEstimate(seconds=seconds, low=float(low), high=float(high), exponent=float(slope))
