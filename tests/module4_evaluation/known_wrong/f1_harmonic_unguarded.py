# Known-wrong for kata 4.1: F1 as 2PR / (P + R), guarded only for "no positives anywhere", so a
# model that gets every case wrong divides by zero.


def f1(y_true, y_pred):
    counts = confusion_counts(y_true, y_pred)
    if counts.tp + counts.fp + counts.fn == 0:
        return 0.0
    p, r = precision(y_true, y_pred), recall(y_true, y_pred)
    return 2 * p * r / (p + r)
