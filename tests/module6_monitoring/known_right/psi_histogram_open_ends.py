# Known-right for kata 6.1: np.histogram with -inf and +inf as the outer edges (its bins are
# closed on the left, so a value on an edge lands in the bin above, as the spec asks).


def population_stability_index(expected, actual, bins=10):
    expected = _present_values(expected, "expected")
    actual = _present_values(actual, "actual")
    if bins < 2:
        raise ValueError(f"bins must be at least 2, got {bins}")
    edges = np.concatenate([[-np.inf], np.unique(np.quantile(expected, np.arange(1, bins) / bins)), [np.inf]])
    shares = [np.histogram(values, bins=edges)[0] / values.size for values in (expected, actual)]
    expected_share, actual_share = (np.where(share == 0, EMPTY_BIN_SHARE, share) for share in shares)
    return float(np.sum((actual_share - expected_share) * np.log(actual_share / expected_share)))
