# Known-wrong for kata 6.1: floors every share below EMPTY_BIN_SHARE with np.clip, so a bin holding one value
# in 20,000 (share 5e-5) is raised to 1e-4 although it is not empty.


def _bin_shares(values, inner_edges):
    index = np.searchsorted(inner_edges, values, side="right")
    counts = np.bincount(index, minlength=len(inner_edges) + 1)
    return np.clip(counts / values.size, EMPTY_BIN_SHARE, None)
