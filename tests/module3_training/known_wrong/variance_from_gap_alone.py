# Known-wrong for kata 3.8: calls any train-validation gap larger than the tolerance high variance,
# even when the validation score already reaches what the task allows (a random forest with
# training AUC 1.00 and the best validation score there is gets "prune it").


def diagnose_scores(train_score, validation_score, *, achievable_score, tolerance=0.05):
    for value in (train_score, validation_score, achievable_score, tolerance):
        if not math.isfinite(value):
            raise ValueError("scores must be finite")
    if tolerance < 0:
        raise ValueError("tolerance must be >= 0")
    high_bias = train_score < achievable_score - tolerance
    high_variance = train_score - validation_score > tolerance
    return Diagnosis(high_bias, high_variance, LABELS[int(high_bias) + 2 * int(high_variance)],
                     float(train_score), float(validation_score))
