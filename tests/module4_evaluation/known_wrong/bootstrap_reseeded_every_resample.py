# Known-wrong for kata 4.5: re-creates the generator with the same seed for every resample, so every
# resample is the same rows and the interval has zero width.

import math

import numpy as np


def bootstrap_interval(y_true, y_pred, metric, *, n_resamples=1000, confidence=0.95, seed=0):
    t, p = np.asarray(y_true), np.asarray(y_pred)
    if len(t) != len(p) or len(t) == 0:
        raise ValueError("labels and predictions must be non-empty and of the same length")
    vals = []
    for _ in range(n_resamples):
        rng = np.random.default_rng(seed)
        idx = rng.integers(0, len(t), len(t))
        v = metric(t[idx], p[idx])
        if not math.isnan(v):
            vals.append(v)
    if not vals:
        raise ValueError("the metric is undefined on every resample")
    a = (1 - confidence) / 2
    return float(np.quantile(vals, a)), float(np.quantile(vals, 1 - a))
