# Known-wrong for kata 4.1: precision divided by the actual positives (tp + fn): that is recall.


def precision(y_true, y_pred):
    counts = confusion_counts(y_true, y_pred)
    return _ratio(counts.tp, counts.tp + counts.fn)
