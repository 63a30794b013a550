# Known-wrong for kata 5.4: uses z(1 - alpha) as if the test were one-sided, so the sample
# is about a fifth too small for the two-sided test that is run.


def sample_size_per_arm(baseline_rate, minimum_detectable_effect, alpha=0.05, power=0.8):
    treated = baseline_rate + minimum_detectable_effect
    if not (0 < baseline_rate < 1 and 0 < treated < 1 and minimum_detectable_effect != 0
            and 0 < alpha < 1 and 0 < power < 1):
        raise ValueError("bad arguments")
    z_alpha, z_power = norm.ppf(1 - alpha), norm.ppf(power)
    pooled = (baseline_rate + treated) / 2
    spread = (z_alpha * math.sqrt(2 * pooled * (1 - pooled))
              + z_power * math.sqrt(baseline_rate * (1 - baseline_rate) + treated * (1 - treated)))
    return math.ceil(spread**2 / minimum_detectable_effect**2)
