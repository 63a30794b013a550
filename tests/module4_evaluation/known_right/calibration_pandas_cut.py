# Known-right for kata 4.7: pandas.cut with right-closed bins (the lowest edge included) and a
# loop over the bins, with integer counts.


def reliability_table(y_true, y_prob, n_bins=10):
    truth, probability = _checked(y_true, y_prob)
    if n_bins < 1:
        raise ValueError(f"n_bins must be at least 1, got {n_bins}")
    edges = np.linspace(0, 1, n_bins + 1)
    bins = pd.cut(probability, edges, labels=False, include_lowest=True, right=True)
    rows = []
    for b in range(n_bins):
        inside = bins == b
        if inside.any():
            rows.append({"bin_low": edges[b], "bin_high": edges[b + 1], "count": int(inside.sum()),
                         "mean_predicted": probability[inside].mean(), "observed_rate": truth[inside].mean()})
    return pd.DataFrame(rows, columns=RELIABILITY_COLUMNS)
