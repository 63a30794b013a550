# Known-wrong for kata 4.1: counts pair by pair with zip, which stops at the shorter array, so
# labels and predictions of different lengths are silently truncated instead of refused.


def confusion_counts(y_true, y_pred):
    truth, predicted = _binary(y_true), _binary(y_pred)
    if len(truth) == 0:
        raise ValueError("need non-empty label arrays")
    pairs = list(zip(truth.tolist(), predicted.tolist()))
    return ConfusionCounts(tp=sum(t and p for t, p in pairs), fp=sum(not t and p for t, p in pairs),
                           fn=sum(t and not p for t, p in pairs), tn=sum(not t and not p for t, p in pairs))
