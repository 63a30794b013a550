# Known-right for kata 4.5: Wilson with the textbook z = 1.96 at 95% (the docstring's own figure)
# and the exact normal quantile at any other confidence.

def proportion_interval(successes, trials, *, confidence=0.95):
    if trials < 1 or not 0 <= successes <= trials:
        raise ValueError(f"need 0 <= successes <= trials and trials >= 1, got {successes} of {trials}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be strictly between 0 and 1, got {confidence}")
    z = 1.96 if confidence == 0.95 else NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p, n = successes / trials, trials
    denominator = 1 + z**2 / n
    centre = (p + z**2 / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
    return max(0.0, centre - half), min(1.0, centre + half)
