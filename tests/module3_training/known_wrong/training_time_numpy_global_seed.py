# Known-wrong for kata 3.7: the subsamples are drawn after np.random.seed, resetting NumPy's global state.


def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    largest = target_rows // 4
    if largest < 16 or largest > len(X):
        raise ValueError(f"need 16 <= target_rows // 4 <= len(X) rows, got {largest} of {len(X)}")
    np.random.seed(seed)
    sizes = np.array([largest // 4, largest // 2, largest])
    seconds = np.array([_fastest_fit(model, X, y, np.random.choice(len(X), size, replace=False)) for size in sizes])
    log_rows, log_seconds = np.log(sizes), np.log(seconds)
    exponent = float(np.polyfit(log_rows, log_seconds, deg=1)[0])
    slopes = [exponent, *(np.diff(log_seconds) / np.diff(log_rows)).tolist()]
    growth = target_rows / largest
    return FitTimeEstimate(float(seconds[-1] * growth ** exponent), float(seconds[-1] * growth ** min(slopes)),
                           float(seconds[-1] * growth ** max(slopes)), exponent)
