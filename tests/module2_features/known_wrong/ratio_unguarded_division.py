# Known-wrong for kata 2.2: divides without a guard, so defense 0 gives inf (and 0 / 0 gives NaN).


def safe_ratio(numerator, denominator, floor=1.0):
    if not floor > 0:
        raise ValueError("floor must be > 0")
    if (numerator < 0).any() or (denominator < 0).any():
        raise ValueError("negative values")
    return numerator.astype("float64") / denominator.astype("float64")
