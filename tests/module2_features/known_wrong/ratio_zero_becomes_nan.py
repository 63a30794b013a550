# Known-wrong for kata 2.2: "guards" the division by turning zero denominators into NaN, which
# leaves gaps that later break a scaler or a model.


import numpy as np


def safe_ratio(numerator, denominator, floor=1.0):
    if not floor > 0:
        raise ValueError("floor must be > 0")
    if (numerator < 0).any() or (denominator < 0).any():
        raise ValueError("negative values")
    return numerator.astype("float64") / denominator.astype("float64").replace(0, np.nan)
