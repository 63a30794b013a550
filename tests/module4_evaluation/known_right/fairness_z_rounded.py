# Known-right for kata 4.6: Wilson bounds with the textbook z = 1.96 instead of the exact
# 0.975 quantile of the standard normal (1.95996...).


def _wilson(successes, trials):
    if trials == 0:
        return math.nan, math.nan
    z = 1.96
    p = successes / trials
    denominator = 1 + z**2 / trials
    centre = (p + z**2 / (2 * trials)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / trials + z**2 / (4 * trials**2))
    return max(0.0, centre - half), min(1.0, centre + half)
