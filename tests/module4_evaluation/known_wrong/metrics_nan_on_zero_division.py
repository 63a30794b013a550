# Known-wrong for kata 4.1: divides with NumPy, so no predicted positives gives NaN, not 0.0.


def precision(y_true, y_pred):
    counts = confusion_counts(y_true, y_pred)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.float64(counts.tp) / np.float64(counts.tp + counts.fp))
