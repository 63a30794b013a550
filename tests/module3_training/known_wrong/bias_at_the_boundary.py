# Known-wrong for kata 3.8: flags bias when the training score is exactly tolerance short (<=),
# where the spec's comparison is strict.


def diagnose_scores(train_score, validation_score, *, achievable_score, tolerance=0.05):
    for value in (train_score, validation_score, achievable_score, tolerance):
        if not math.isfinite(value):
            raise ValueError("scores must be finite")
    if tolerance < 0:
        raise ValueError("tolerance must be >= 0")
    floor = achievable_score - tolerance
    high_bias = train_score <= floor
    high_variance = validation_score < floor and train_score - validation_score > tolerance
    return Diagnosis(high_bias, high_variance, LABELS[int(high_bias) + 2 * int(high_variance)],
                     float(train_score), float(validation_score))
