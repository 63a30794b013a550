# Known-wrong for kata 8.5: a suggestion exactly 25% off does not count as within 25%.
_reference_regression_metrics = regression_metrics


def regression_metrics(y_true, y_pred):
    metrics = _reference_regression_metrics(y_true, y_pred)
    actual, predicted = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    return {**metrics, "within_25pct": float(np.mean(np.abs(predicted - actual) < 0.25 * actual))}
