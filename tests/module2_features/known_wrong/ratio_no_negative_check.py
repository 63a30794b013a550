# Known-wrong for kata 2.2: clips the denominator but never checks for negative values, so a
# negative defense (an upstream bug) is silently raised to the floor instead of refused.


def safe_ratio(numerator, denominator, floor=1.0):
    if not floor > 0:
        raise ValueError("floor must be > 0")
    return numerator.astype("float64") / denominator.astype("float64").clip(lower=floor)
