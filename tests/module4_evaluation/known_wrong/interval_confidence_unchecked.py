# Known-wrong for kata 4.5: checks the counts but not the confidence, so confidence 0 gives a
# zero-width "interval" instead of an error.

import math
from statistics import NormalDist


def proportion_interval(successes, trials, *, confidence=0.95):
    if trials < 1 or not 0 <= successes <= trials:
        raise ValueError("successes must be within 0..trials, with at least one trial")
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p, n = successes / trials, trials
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)
