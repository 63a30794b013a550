# Known-wrong for kata 3.7: a straight line through (rows, seconds), not a power law, so a model
# whose time grows faster than its rows is badly underestimated.


def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    largest = target_rows // 4
    if largest < 16 or largest > len(X):
        raise ValueError("not enough rows")
    rng = np.random.default_rng(seed)
    sizes = np.array([largest // 4, largest // 2, largest])
    seconds = np.array([_fastest_fit(model, X, y, rng.choice(len(X), size, replace=False)) for size in sizes])
    slope, intercept = np.polyfit(sizes, seconds, deg=1)
    estimate = float(intercept + slope * target_rows)
    exponent = float(np.polyfit(np.log(sizes), np.log(seconds), deg=1)[0])
    return FitTimeEstimate(estimate, estimate, estimate, exponent)
