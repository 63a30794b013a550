# Known-wrong for kata 4.1: casts the labels to int before checking them, so a probability of 0.5
# passed by mistake becomes the label 0 instead of being refused.


def _binary(labels):
    values = np.asarray(labels).astype(int)
    if not np.isin(values, [0, 1]).all():
        raise ValueError(f"labels must be 0/1 or booleans, got {sorted(set(values.tolist()))[:5]}")
    return values.astype(bool)
