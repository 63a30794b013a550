# Known-wrong for kata 3.7: draws the subsample rows with replacement (numpy's default), so each
# "sample" repeats rows and is smaller than it looks.

_reference_fastest_fit = _fastest_fit


def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    largest = target_rows // 4
    if largest < 16 or largest > len(X):
        raise ValueError("not enough rows")
    rng = np.random.default_rng(seed)
    sizes = np.array([largest // 4, largest // 2, largest])
    seconds = np.array([_reference_fastest_fit(model, X, y, rng.choice(len(X), size)) for size in sizes])
    exponent = float(np.polyfit(np.log(sizes), np.log(seconds), deg=1)[0])
    local = np.diff(np.log(seconds)) / np.diff(np.log(sizes))
    growth = target_rows / largest
    slopes = [exponent, *local.tolist()]
    return FitTimeEstimate(float(seconds[-1] * growth ** exponent), float(seconds[-1] * growth ** min(slopes)),
                           float(seconds[-1] * growth ** max(slopes)), exponent)
