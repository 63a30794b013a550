# Known-wrong for kata 4.1: checks that the true labels are 0/1 but casts the predictions to bool
# unchecked, so a prediction of -1 or 2 counts as a positive flag.


def confusion_counts(y_true, y_pred):
    truth, predicted = _binary(y_true), np.asarray(y_pred).astype(bool)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError(f"need two non-empty label arrays of equal length, got {len(truth)} and {len(predicted)}")
    return ConfusionCounts(tp=int(np.sum(truth & predicted)), fp=int(np.sum(~truth & predicted)),
                           fn=int(np.sum(truth & ~predicted)), tn=int(np.sum(~truth & ~predicted)))
