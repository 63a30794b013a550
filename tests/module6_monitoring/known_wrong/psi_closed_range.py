# Known-wrong for kata 6.1: bins span only the expected sample's range (np.histogram), so new
# values outside it are silently dropped.


def population_stability_index(expected, actual, bins=10):
    expected = _present_values(expected, "expected")
    actual = _present_values(actual, "actual")
    if bins < 2:
        raise ValueError("bins must be at least 2")
    edges = np.unique(np.quantile(expected, np.linspace(0, 1, bins + 1)))
    if edges.size < 2:
        edges = np.array([edges[0], edges[0] + 1])
    e = np.histogram(expected, edges)[0] / expected.size
    a_counts = np.histogram(actual, edges)[0]
    a = a_counts / max(a_counts.sum(), 1)
    e, a = np.where(e == 0, EMPTY_BIN_SHARE, e), np.where(a == 0, EMPTY_BIN_SHARE, a)
    return float(np.sum((a - e) * np.log(a / e)))
