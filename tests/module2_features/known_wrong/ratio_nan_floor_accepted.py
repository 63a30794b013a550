# Known-wrong for kata 2.2: the floor check is written as "floor <= 0", which a NaN floor passes
# (NaN compares False); clip(lower=NaN) then guards nothing and x / 0 is inf again.


def safe_ratio(numerator, denominator, floor=1.0):
    if floor <= 0:
        raise ValueError(f"floor must be > 0, got {floor}")
    for name, series in (("numerator", numerator), ("denominator", denominator)):
        if (series < 0).any():
            raise ValueError(f"the {name} has negative values")
    return numerator.astype("float64") / denominator.astype("float64").clip(lower=floor)
