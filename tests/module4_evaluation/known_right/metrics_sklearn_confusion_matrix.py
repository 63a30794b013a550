# Known-right for kata 4.1: the four cells from scikit-learn's confusion_matrix with both labels
# named (so a one-class input still gives a 2 x 2 matrix), and F1 as the harmonic mean 2PR / (P + R).

from sklearn.metrics import confusion_matrix


def confusion_counts(y_true, y_pred):
    t, p = np.asarray(y_true), np.asarray(y_pred)  # noqa: F821
    if t.ndim != 1 or p.ndim != 1 or len(t) != len(p):
        raise ValueError("y_true and y_pred must be one-dimensional and of the same length")
    if len(t) == 0:
        raise ValueError("no rows to count")
    for values in (t, p):
        if not np.all(np.isin(values, [0, 1])):  # noqa: F821
            raise ValueError("labels must be 0/1 or booleans")
    tn, fp, fn, tp = confusion_matrix(t.astype(int), p.astype(int), labels=[0, 1]).ravel()
    return ConfusionCounts(tp=int(tp), fp=int(fp), fn=int(fn), tn=int(tn))  # noqa: F821


def f1(y_true, y_pred):
    pr, rc = precision(y_true, y_pred), recall(y_true, y_pred)  # noqa: F821
    return 2 * pr * rc / (pr + rc) if pr + rc else 0.0
