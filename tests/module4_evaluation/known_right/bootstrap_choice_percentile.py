# Known-right for kata 4.5: resample rows with rng.choice and read the bounds with
# np.percentile; another draw of the same bootstrap, so another (equally valid) interval.


def bootstrap_interval(y_true, y_pred, metric, *, n_resamples=1000, confidence=0.95, seed=0):
    truth, predicted = np.asarray(y_true), np.asarray(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError(f"need non-empty arrays of equal length, got {len(truth)} and {len(predicted)}")
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n_resamples):
        rows = rng.choice(len(truth), size=len(truth), replace=True)
        value = metric(truth[rows], predicted[rows])
        if not math.isnan(value):
            values.append(value)
    if not values:
        raise ValueError("the metric is undefined on every resample")
    tail = 100 * (1 - confidence) / 2
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)
