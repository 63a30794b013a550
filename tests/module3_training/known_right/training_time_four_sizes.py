# Known-right for kata 3.7: four sizes (an eighth to a quarter of the target, doubling), five
# repeats each, scipy's linregress for the slope.

from scipy.stats import linregress


def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    largest = target_rows // 4
    if largest < 16 or largest > len(X):
        raise ValueError(f"a quarter of target_rows ({largest}) must lie between 16 and {len(X)} rows")
    rng = np.random.default_rng(seed)
    sizes = np.array([largest // 8, largest // 4, largest // 2, largest])
    times = np.array([_fastest_fit(model, X, y, rng.choice(len(X), int(s), replace=False), repeats=5) for s in sizes])
    slope = float(linregress(np.log(sizes), np.log(times)).slope)
    local = [float(b) for b in np.diff(np.log(times)) / np.diff(np.log(sizes))]
    scale = target_rows / sizes[-1]
    low, high = min([slope, *local]), max([slope, *local])
    return FitTimeEstimate(float(times[-1] * scale ** slope), float(times[-1] * scale ** low),
                           float(times[-1] * scale ** high), slope)
