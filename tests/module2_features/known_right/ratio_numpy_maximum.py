# Known-right for kata 2.2: the guard written with numpy: divide by np.maximum(denominator, floor)
# (NaN propagates through np.maximum) and rebuild the Series on the numerator's index.

import numpy as np


def safe_ratio(numerator, denominator, floor=1.0):
    if not floor > 0:  # NaN is not > 0 either
        raise ValueError(f"floor must be positive, got {floor}")
    top = numerator.to_numpy(dtype="float64")
    bottom = denominator.to_numpy(dtype="float64")
    if np.any(top < 0) or np.any(bottom < 0):
        raise ValueError("ratios need non-negative values")
    return pd.Series(top / np.maximum(bottom, floor), index=numerator.index)
