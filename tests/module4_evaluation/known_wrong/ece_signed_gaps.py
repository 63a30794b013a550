# Known-wrong for kata 4.7: weighs the signed gaps, so over-confident and under-confident bins cancel.


def expected_calibration_error(y_true, y_prob, n_bins=10):
    table = reliability_table(y_true, y_prob, n_bins=n_bins)
    weights = table["count"] / table["count"].sum()
    return float(abs(np.sum(weights * (table["mean_predicted"] - table["observed_rate"]))))
