# Known-wrong for kata 3.7: measures two sizes only, so there is one slope and no way to see
# whether the growth changes along the way (the range collapses to a point).


def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    largest = target_rows // 4
    if largest < 16 or largest > len(X):
        raise ValueError("not enough rows")
    rng = np.random.default_rng(seed)
    sizes = np.array([largest // 2, largest])
    seconds = np.array([_fastest_fit(model, X, y, rng.choice(len(X), size, replace=False)) for size in sizes])
    exponent = float(np.polyfit(np.log(sizes), np.log(seconds), deg=1)[0])
    estimate = float(seconds[-1] * (target_rows / largest) ** exponent)
    return FitTimeEstimate(estimate, estimate, estimate, exponent)
