# Known-right for kata 4.1: the four cells from one np.bincount of 2 * truth + prediction.


def confusion_counts(y_true, y_pred):
    truth, predicted = _binary(y_true), _binary(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError(f"need two non-empty label arrays of equal length, got {len(truth)} and {len(predicted)}")
    tn, fp, fn, tp = (int(c) for c in np.bincount(2 * truth.astype(int) + predicted.astype(int), minlength=4))
    return ConfusionCounts(tp=tp, fp=fp, fn=fn, tn=tn)
