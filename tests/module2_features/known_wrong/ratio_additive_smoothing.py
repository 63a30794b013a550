# Known-wrong for kata 2.2: additive smoothing, numerator / (denominator + floor). Finite, but it
# changes every ratio, reverses the order of ordinary rows (1/1 > 3/4, yet 1/2 < 3/5) and depends
# on the unit (weight / (height + 0.1) is not weight per height).


def safe_ratio(numerator, denominator, floor=1.0):
    if not floor > 0:
        raise ValueError("floor must be > 0")
    if (numerator < 0).any() or (denominator < 0).any():
        raise ValueError("negative values")
    return numerator.astype("float64") / (denominator.astype("float64") + floor)
