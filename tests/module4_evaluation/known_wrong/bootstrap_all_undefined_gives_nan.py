# Known-wrong for kata 4.5: when the metric is undefined on every resample it returns a NaN
# interval instead of raising, and the NaN travels on into reports.


def bootstrap_interval(y_true, y_pred, metric, *, n_resamples=1000, confidence=0.95, seed=0):
    truth, predicted = np.asarray(y_true), np.asarray(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError(f"need non-empty arrays of equal length, got {len(truth)} and {len(predicted)}")
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n_resamples):
        rows = rng.integers(0, len(truth), len(truth))
        values.append(metric(truth[rows], predicted[rows]))
    defined = np.asarray(values, dtype=float)
    defined = defined[~np.isnan(defined)]
    if len(defined) == 0:
        return math.nan, math.nan
    tail = (1 - confidence) / 2
    low, high = np.quantile(defined, [tail, 1 - tail])
    return float(low), float(high)
