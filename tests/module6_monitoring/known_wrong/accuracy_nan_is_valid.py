# Known-wrong for kata 6.4: counts only out-of-range values as invalid; a missing value passes
# both comparisons (NaN < low and NaN > high are False) and is scored.


def _invalid(values, low, high):
    return (values < low) | (values > high)
