# Known-wrong for kata 4.5: a resample where the metric is undefined counts as 0, dragging the
# interval down (recall of a resample without positives is not 0, it does not exist).


def bootstrap_interval(y_true, y_pred, metric, *, n_resamples=1000, confidence=0.95, seed=0):
    truth, predicted = np.asarray(y_true), np.asarray(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError("need non-empty arrays of equal length")
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n_resamples):
        rows = rng.integers(0, len(truth), len(truth))
        values.append(metric(truth[rows], predicted[rows]))
    values = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)
    tail = (1 - confidence) / 2
    low, high = np.quantile(values, [tail, 1 - tail])
    return float(low), float(high)
