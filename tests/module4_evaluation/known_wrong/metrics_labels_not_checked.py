# Known-wrong for kata 4.1: casts labels to bool without checking them, so a 2 (or -1) silently
# counts as a positive.


def _binary(labels):
    return np.asarray(labels).astype(bool)
