# Known-wrong for kata 2.2: fills missing values with 0 "to keep the ratio finite", so a missing
# defense reads as no defense and a missing attack as no attack.


def safe_ratio(numerator, denominator, floor=1.0):
    if not floor > 0:
        raise ValueError("floor must be > 0")
    if (numerator < 0).any() or (denominator < 0).any():
        raise ValueError("negative values")
    return numerator.astype("float64").fillna(0) / denominator.astype("float64").fillna(0).clip(lower=floor)
