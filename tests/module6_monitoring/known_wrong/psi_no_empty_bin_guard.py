# Known-wrong for kata 6.1: no floor on empty bins, so one empty bin makes the PSI infinite
# (or NaN, when both shares are 0).


def _bin_shares(values, inner_edges):
    index = np.searchsorted(inner_edges, values, side="right")
    return np.bincount(index, minlength=len(inner_edges) + 1) / values.size
