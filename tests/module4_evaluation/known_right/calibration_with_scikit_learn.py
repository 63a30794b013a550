# Known-right for kata 4.7: the table from scikit-learn's calibration_curve (same bins), counts from
# np.bincount, and the calibration error from that table.

from sklearn.calibration import calibration_curve


def reliability_table(y_true, y_prob, n_bins=10):
    truth, probability = _checked(y_true, y_prob)
    if n_bins < 1:
        raise ValueError(f"n_bins must be at least 1, got {n_bins}")
    edges = np.linspace(0, 1, n_bins + 1)
    counts = np.bincount(np.searchsorted(edges[1:-1], probability), minlength=n_bins)
    used = np.flatnonzero(counts)
    if truth.min() == truth.max():  # calibration_curve needs two classes: the observed rate is that class
        observed = np.full(len(used), truth[0])
        predicted = np.array([probability[np.searchsorted(edges[1:-1], probability) == b].mean() for b in used])
    else:
        observed, predicted = calibration_curve(truth, probability, n_bins=n_bins, strategy="uniform")
    return pd.DataFrame({"bin_low": edges[used], "bin_high": edges[used + 1], "count": counts[used],
                         "mean_predicted": predicted, "observed_rate": observed}, columns=RELIABILITY_COLUMNS)
