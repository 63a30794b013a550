# Known-wrong for kata 0.4: adds the two standard errors instead of the two variances, which
# overstates the spread.


def monthly_range(results):
    if results.positives_per_month < 1:
        raise ValueError("positives_per_month must be at least 1")
    p, n = results.catch_rate, results.positives_per_month
    standard_error = (results.catch_rate_high - results.catch_rate_low) / (2 * Z_95)
    spread = Z_95 * (math.sqrt(p * (1 - p) / n) + standard_error)
    return max(0.0, p - spread), min(1.0, p + spread)
