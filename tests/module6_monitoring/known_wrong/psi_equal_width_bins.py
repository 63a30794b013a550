# Known-wrong for kata 6.1: equal-width bins over the expected range (open at both ends) instead of
# the expected sample's quantiles, so a skewed feature crowds into one or two bins.


def population_stability_index(expected, actual, bins=10):
    expected = _present_values(expected, "expected")
    actual = _present_values(actual, "actual")
    if bins < 2:
        raise ValueError("bins must be at least 2")
    inner_edges = np.unique(np.linspace(expected.min(), expected.max(), bins + 1)[1:-1])
    expected_share = _bin_shares(expected, inner_edges)
    actual_share = _bin_shares(actual, inner_edges)
    return float(np.sum((actual_share - expected_share) * np.log(actual_share / expected_share)))
