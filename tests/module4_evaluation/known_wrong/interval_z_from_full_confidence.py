# Known-wrong for kata 4.5: z from the `confidence` quantile (1.645 for 0.95) instead of the
# 1 - (1 - confidence)/2 quantile: a one-sided value in a two-sided interval, really 90%.


def proportion_interval(successes, trials, *, confidence=0.95):
    if trials < 1 or not 0 <= successes <= trials:
        raise ValueError("impossible counts")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be strictly between 0 and 1")
    z = NormalDist().inv_cdf(confidence)
    p, n = successes / trials, trials
    denominator = 1 + z**2 / n
    centre = (p + z**2 / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
    return max(0.0, centre - half), min(1.0, centre + half)
