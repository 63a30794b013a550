# Known-wrong for kata 6.1: takes the bin edges from the quantiles of both samples pooled
# instead of the expected sample's, so a shifted batch moves the edges towards itself.


def population_stability_index(expected, actual, bins=10):
    expected = _present_values(expected, "expected")
    actual = _present_values(actual, "actual")
    if bins < 2:
        raise ValueError(f"bins must be at least 2, got {bins}")
    inner_edges = np.unique(np.quantile(np.concatenate([expected, actual]), np.arange(1, bins) / bins))
    expected_share = _bin_shares(expected, inner_edges)
    actual_share = _bin_shares(actual, inner_edges)
    return float(np.sum((actual_share - expected_share) * np.log(actual_share / expected_share)))
