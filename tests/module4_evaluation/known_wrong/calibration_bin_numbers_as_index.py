# Known-wrong for kata 4.7: keeps the bin numbers as the table's index, so with an empty bin the
# index skips a number instead of running 0..n-1.


def reliability_table(y_true, y_prob, n_bins=10):
    truth, probability = _checked(y_true, y_prob)
    if n_bins < 1:
        raise ValueError(f"n_bins must be at least 1, got {n_bins}")
    edges = np.linspace(0, 1, n_bins + 1)
    bins = np.searchsorted(edges[1:-1], probability)
    frame = pd.DataFrame({"bin": bins, "p": probability, "y": truth})
    table = frame.groupby("bin").agg(count=("p", "size"), mean_predicted=("p", "mean"), observed_rate=("y", "mean"))
    table["bin_low"] = edges[table.index]
    table["bin_high"] = edges[table.index + 1]
    return table[RELIABILITY_COLUMNS]
