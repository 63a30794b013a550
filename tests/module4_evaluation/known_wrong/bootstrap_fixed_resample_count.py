# Known-wrong for kata 4.5: the bootstrap always draws 1000 resamples, whatever n_resamples asks
# (the loop was written as range(1000)).

_correct_bootstrap_interval = bootstrap_interval  # noqa: F821


def bootstrap_interval(y_true, y_pred, metric, *, n_resamples=1000, confidence=0.95, seed=0):
    return _correct_bootstrap_interval(y_true, y_pred, metric, n_resamples=1000, confidence=confidence, seed=seed)
