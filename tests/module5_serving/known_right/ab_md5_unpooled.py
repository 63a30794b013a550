# Known-right for kata 5.4: md5 of "experiment:user" cut into a million buckets, the unpooled
# sample-size formula, and the z-test's p-value on every count (allowed on tiny counts too).
import hashlib
import math

from scipy.stats import norm


def assign_variant(user_id, experiment, treatment_share=0.5):
    if not 0.0 <= treatment_share <= 1.0:
        raise ValueError("treatment_share must be in [0, 1]")
    if not user_id:
        raise ValueError("user_id must not be empty")
    bucket = int(hashlib.md5(f"{experiment}:{user_id}".encode()).hexdigest(), 16) % 1_000_000
    return "treatment" if bucket < treatment_share * 1_000_000 else "control"


def sample_size_per_arm(baseline_rate, minimum_detectable_effect, alpha=0.05, power=0.8):
    p1, p2 = baseline_rate, baseline_rate + minimum_detectable_effect
    if not 0.0 < p1 < 1.0 or minimum_detectable_effect == 0 or not 0.0 < p2 < 1.0:
        raise ValueError("the rates must stay strictly between 0 and 1, with a non-zero effect")
    if not 0.0 < alpha < 1.0 or not 0.0 < power < 1.0:
        raise ValueError("alpha and power must be in (0, 1)")
    z_sum = norm.ppf(1 - alpha / 2) + norm.ppf(power)
    return math.ceil(z_sum ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / minimum_detectable_effect ** 2)
