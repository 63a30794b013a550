# Known-wrong for kata 3.8: uses the absolute gap, so a validation score above training counts
# as overfitting.


def diagnose_scores(train_score, validation_score, *, target_score, max_gap=0.05):
    for value in (train_score, validation_score, target_score, max_gap):
        if not math.isfinite(value):
            raise ValueError("scores must be finite")
    high_bias = train_score < target_score
    high_variance = abs(train_score - validation_score) > max_gap
    return Diagnosis(high_bias, high_variance, LABELS[int(high_bias) + 2 * int(high_variance)],
                     float(train_score), float(validation_score))
