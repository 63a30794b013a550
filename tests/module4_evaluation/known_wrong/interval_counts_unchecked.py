# Known-wrong for kata 4.5: checks the trials and the confidence but not the successes; at 95%
# an impossible count happens to fail inside the square root, at a higher confidence it returns
# an interval for a proportion above 1.


def proportion_interval(successes, trials, *, confidence=0.95):
    if trials < 1:
        raise ValueError(f"need at least one trial, got {trials}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be strictly between 0 and 1, got {confidence}")
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p, n = successes / trials, trials
    denominator = 1 + z**2 / n
    centre = (p + z**2 / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
    return max(0.0, centre - half), min(1.0, centre + half)
