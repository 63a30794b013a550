# Known-wrong for kata 4.5: resamples labels and predictions separately, breaking the pairs.


def bootstrap_interval(y_true, y_pred, metric, *, n_resamples=1000, confidence=0.95, seed=0):
    truth, predicted = np.asarray(y_true), np.asarray(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError("need non-empty arrays of equal length")
    rng = np.random.default_rng(seed)
    values = [metric(rng.choice(truth, len(truth)), rng.choice(predicted, len(predicted)))
              for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    low, high = np.quantile(values, [tail, 1 - tail])
    return float(low), float(high)
