# Known-right for kata 8.6: the unpooled two-proportion formula, times the design effect.
def ab_sample_size(baseline_rate, minimum_detectable_effect, alpha=0.05, power=0.8,
                   listings_per_seller=1.0, intra_seller_correlation=0.0):
    p1, p2 = baseline_rate, baseline_rate + minimum_detectable_effect
    if not (0 < p1 < 1 and 0 < p2 < 1 and minimum_detectable_effect != 0 and 0 < alpha < 1 and 0 < power < 1):
        raise ValueError("rates, effect, alpha and power out of range")
    if listings_per_seller < 1 or not 0 <= intra_seller_correlation <= 1:
        raise ValueError("listings_per_seller >= 1 and intra_seller_correlation in [0, 1]")
    z = norm.ppf(1 - alpha / 2) + norm.ppf(power)
    n = z ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / minimum_detectable_effect ** 2
    return max(1, math.ceil(n * (1 + (listings_per_seller - 1) * intra_seller_correlation)))
