# Known-wrong for kata 0.4: a month's range from the binomial spread alone, as if the long-run
# rate were known exactly.


def monthly_range(results):
    if results.positives_per_month < 1:
        raise ValueError("positives_per_month must be at least 1")
    p, n = results.catch_rate, results.positives_per_month
    spread = Z_95 * math.sqrt(p * (1 - p) / n)
    return max(0.0, p - spread), min(1.0, p + spread)
