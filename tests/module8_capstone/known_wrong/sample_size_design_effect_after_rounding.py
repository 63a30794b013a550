# Known-wrong for kata 8.6: rounds the plain size up first, then multiplies by the design effect
# and rounds to the nearest listing: off by one or two from rounding the clustered size up.
def ab_sample_size(baseline_rate, minimum_detectable_effect, alpha=0.05, power=0.8,
                   listings_per_seller=1.0, intra_seller_correlation=0.0):
    treated_rate = baseline_rate + minimum_detectable_effect
    if not (0 < baseline_rate < 1 and 0 < treated_rate < 1 and minimum_detectable_effect != 0):
        raise ValueError("rates out of range")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError("alpha and power must be in (0, 1)")
    if listings_per_seller < 1 or not 0 <= intra_seller_correlation <= 1:
        raise ValueError("listings_per_seller must be >= 1 and intra_seller_correlation in [0, 1]")
    pooled = (baseline_rate + treated_rate) / 2
    spread = (norm.ppf(1 - alpha / 2) * math.sqrt(2 * pooled * (1 - pooled))
              + norm.ppf(power) * math.sqrt(baseline_rate * (1 - baseline_rate)
                                            + treated_rate * (1 - treated_rate)))
    plain = math.ceil(spread ** 2 / minimum_detectable_effect ** 2)
    design_effect = 1 + (listings_per_seller - 1) * intra_seller_correlation
    return max(1, round(plain * design_effect))
