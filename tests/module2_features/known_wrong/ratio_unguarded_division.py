# Known-wrong for kata 2.2: divides without a guard, so defense 0 gives inf (and 0 / 0 gives NaN).


def safe_ratio(numerator, denominator, smoothing=1.0):
    return numerator.astype("float64") / denominator.astype("float64")
