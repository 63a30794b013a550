# Known-wrong for kata 6.1: drops infinite values with NaN (np.isfinite), so a feed that starts sending inf
# shows no shift at all.


def _present_values(values, name):
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if values.size == 0:
        raise ValueError(f"{name} has no values (after dropping NaN)")
    return values
