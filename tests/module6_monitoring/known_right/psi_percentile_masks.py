# Known-right for kata 6.1: np.percentile for the edges and one boolean mask per bin, with the
# outer bins running to -inf and +inf (the last bin closed, so +inf lands in it).

import math


def population_stability_index(expected, actual, bins=10):
    if bins < 2:
        raise ValueError("bins must be at least 2")
    exp = np.asarray(expected, dtype=float)
    act = np.asarray(actual, dtype=float)
    exp = exp[~np.isnan(exp)]
    act = act[~np.isnan(act)]
    if len(exp) == 0 or len(act) == 0:
        raise ValueError("a sample has no values after dropping NaN")
    inner = np.unique(np.percentile(exp, [100 * k / bins for k in range(1, bins)]))
    lows = np.concatenate([[-np.inf], inner])
    highs = np.concatenate([inner, [np.inf]])
    total = 0.0
    for i, (low, high) in enumerate(zip(lows, highs)):
        last = i == len(lows) - 1
        e = ((exp >= low) & ((exp < high) | (last & (exp == high)))).mean() or EMPTY_BIN_SHARE
        a = ((act >= low) & ((act < high) | (last & (act == high)))).mean() or EMPTY_BIN_SHARE
        total += (a - e) * math.log(a / e)
    return float(total)
