# Known-wrong for kata 3.8: a drop from training to validation of exactly the tolerance already counts
# as high variance (>= where the spec says strictly more than the tolerance).


def diagnose_scores(train_score, validation_score, *, achievable_score, tolerance=0.05):
    for value in (train_score, validation_score, achievable_score, tolerance):
        if not math.isfinite(value):
            raise ValueError(f"scores must be finite numbers, got {value}")
    if tolerance < 0:
        raise ValueError(f"tolerance must be >= 0, got {tolerance}")
    floor = achievable_score - tolerance
    high_bias = train_score < floor
    high_variance = validation_score < floor and train_score - validation_score >= tolerance
    label = LABELS[int(high_bias) + 2 * int(high_variance)]
    return Diagnosis(high_bias, high_variance, label, float(train_score), float(validation_score))
