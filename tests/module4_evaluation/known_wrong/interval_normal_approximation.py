# Known-wrong for kata 4.5: the normal approximation p ± z·sqrt(p(1 - p)/n), which has zero width at
# 20 of 20 (and 0 of 20).


def proportion_interval(successes, trials, *, confidence=0.95):
    if trials < 1 or not 0 <= successes <= trials:
        raise ValueError("impossible counts")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be strictly between 0 and 1")
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p = successes / trials
    half = z * math.sqrt(p * (1 - p) / trials)
    return max(0.0, p - half), min(1.0, p + half)
