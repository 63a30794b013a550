# Known-wrong for kata 4.7: reports the Brier score as the calibration error, as if Brier measured
# calibration alone.


def expected_calibration_error(y_true, y_prob, n_bins=10):
    if n_bins < 1:
        raise ValueError("n_bins must be at least 1")
    return brier_score(y_true, y_prob)
