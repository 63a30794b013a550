# Known-wrong for kata 4.7: floor(p * n_bins) puts p = 1.0 in a bin past the end, which is dropped.


def reliability_table(y_true, y_prob, n_bins=10):
    truth, probability = _checked(y_true, y_prob)
    if n_bins < 1:
        raise ValueError("n_bins must be at least 1")
    bins = np.floor(probability * n_bins).astype(int)
    keep = bins < n_bins
    frame = pd.DataFrame({"bin": bins[keep], "p": probability[keep], "y": truth[keep]})
    table = frame.groupby("bin").agg(count=("p", "size"), mean_predicted=("p", "mean"), observed_rate=("y", "mean"))
    table["bin_low"] = table.index / n_bins
    table["bin_high"] = (table.index + 1) / n_bins
    return table.reset_index(drop=True)[RELIABILITY_COLUMNS]
