# Known-wrong for kata 2.2: replaces only exact zeros with the floor, so a denominator between 0
# and the floor (a defense of 0.5 after some rescaling, a height of 0.05 m) still divides by itself.


def safe_ratio(numerator, denominator, floor=1.0):
    if not floor > 0:
        raise ValueError("floor must be > 0")
    if (numerator < 0).any() or (denominator < 0).any():
        raise ValueError("negative values")
    return numerator.astype("float64") / denominator.astype("float64").replace(0, floor)
