# Known-right for kata 8.5: the metrics from sklearn.metrics where it has them.
from sklearn.metrics import (
    mean_absolute_error,
    mean_absolute_percentage_error,
    mean_squared_error,
    median_absolute_error,
)


def regression_metrics(y_true, y_pred):
    actual, predicted = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if actual.size == 0 or actual.shape != predicted.shape:
        raise ValueError("y_true and y_pred must be non-empty and of equal length")
    if not (np.isfinite(actual).all() and np.isfinite(predicted).all()):
        raise ValueError("prices must be finite")
    if (actual <= 0).any() or (predicted <= 0).any():
        raise ValueError("prices must be > 0")
    return {
        "log_mae": float(mean_absolute_error(np.log(actual), np.log(predicted))),
        "median_ape": float(np.median(np.abs(predicted - actual) / actual)),
        "mape": float(mean_absolute_percentage_error(actual, predicted)),
        "within_25pct": float(np.mean(np.abs(predicted - actual) <= 0.25 * actual)),
        "mae": float(mean_absolute_error(actual, predicted)),
        "rmse": float(np.sqrt(mean_squared_error(actual, predicted))),
        "median_ae": float(median_absolute_error(actual, predicted)),
    }
