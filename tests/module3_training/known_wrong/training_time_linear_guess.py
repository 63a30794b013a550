# Known-wrong for kata 3.7: a straight line through (rows, seconds), not a power law, so a model
# whose time grows faster than its rows is badly underestimated.


def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    largest = target_rows // 4
    if largest < 8 or largest > len(X):
        raise ValueError("not enough rows")
    rng = np.random.default_rng(seed)
    sizes = [largest // 2, largest]
    seconds = [_fastest_fit(model, X, y, rng.choice(len(X), size, replace=False)) for size in sizes]
    slope, intercept = np.polyfit(sizes, seconds, deg=1)
    return float(intercept + slope * target_rows)
