# Known-wrong for kata 6.1: a value equal to an edge goes to the bin below (searchsorted's default
# side='left'), which moves whole columns of tied integer values between bins.


def _bin_shares(values, inner_edges):
    index = np.searchsorted(inner_edges, values)
    counts = np.bincount(index, minlength=len(inner_edges) + 1)
    share = counts / values.size
    return np.where(share == 0, EMPTY_BIN_SHARE, share)
