# Known-wrong for kata 8.6: refuses a negative minimum detectable effect, although the spec only
# asks for a non-zero one (a drop in sell-through is worth detecting too).
_reference_ab_sample_size = ab_sample_size


def ab_sample_size(baseline_rate, minimum_detectable_effect, alpha=0.05, power=0.8,
                   listings_per_seller=1.0, intra_seller_correlation=0.0):
    if minimum_detectable_effect <= 0:
        raise ValueError("the minimum detectable effect must be positive")
    return _reference_ab_sample_size(baseline_rate, minimum_detectable_effect, alpha, power,
                                     listings_per_seller, intra_seller_correlation)
