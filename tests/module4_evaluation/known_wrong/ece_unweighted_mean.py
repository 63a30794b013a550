# Known-wrong for kata 4.7: a plain mean of the bins' gaps, so a bin of 2 predictions weighs as much
# as a bin of 2000.


def expected_calibration_error(y_true, y_prob, n_bins=10):
    table = reliability_table(y_true, y_prob, n_bins=n_bins)
    return float((table["mean_predicted"] - table["observed_rate"]).abs().mean())
