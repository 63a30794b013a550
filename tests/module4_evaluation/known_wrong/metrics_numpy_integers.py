# Known-wrong for kata 4.1: the counts stay NumPy integers (np.sum), which serialise and compare
# differently from plain ints.


def confusion_counts(y_true, y_pred):
    truth, predicted = _binary(y_true), _binary(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError("need two non-empty label arrays of equal length")
    return ConfusionCounts(tp=np.sum(truth & predicted), fp=np.sum(~truth & predicted),
                           fn=np.sum(truth & ~predicted), tn=np.sum(~truth & ~predicted))
