# Known-wrong for kata 8.6: randomises sellers but sizes the test as if every listing were
# independent (no design effect).
_reference_ab_sample_size = ab_sample_size


def ab_sample_size(baseline_rate, minimum_detectable_effect, alpha=0.05, power=0.8,
                   listings_per_seller=1.0, intra_seller_correlation=0.0):
    _reference_ab_sample_size(baseline_rate, minimum_detectable_effect, alpha, power,
                              listings_per_seller, intra_seller_correlation)  # validates
    return _reference_ab_sample_size(baseline_rate, minimum_detectable_effect, alpha, power)
