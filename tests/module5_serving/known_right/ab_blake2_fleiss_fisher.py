# Known-right for kata 5.4: blake2b buckets for the assignment, Fleiss's continuity-corrected
# sample size, and Fisher's exact p-value when an expected count is below 5.
from scipy.stats import fisher_exact


def assign_variant(user_id, experiment, treatment_share=0.5):
    if not user_id or not 0 <= treatment_share <= 1:
        raise ValueError(f"need a user id and a share in [0, 1], got {user_id!r}, {treatment_share}")
    digest = hashlib.blake2b(f"{len(experiment)}:{experiment}:{user_id}".encode(), digest_size=8)
    return "treatment" if int(digest.hexdigest(), 16) < treatment_share * 2**64 else "control"


def sample_size_per_arm(baseline_rate, minimum_detectable_effect, alpha=0.05, power=0.8):
    p1, effect = baseline_rate, minimum_detectable_effect
    p2 = p1 + effect
    if not (0 < p1 < 1 and 0 < p2 < 1 and effect != 0 and 0 < alpha < 1 and 0 < power < 1):
        raise ValueError("an argument is outside its range")
    z_alpha, z_power = norm.ppf(1 - alpha / 2), norm.ppf(power)
    pooled = (p1 + p2) / 2
    n = (z_alpha * math.sqrt(2 * pooled * (1 - pooled))
         + z_power * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / effect**2
    return math.ceil(n / 4 * (1 + math.sqrt(1 + 4 / (n * abs(effect)))) ** 2)


def two_proportion_z_test(conversions_a, users_a, conversions_b, users_b):
    for conversions, users in ((conversions_a, users_a), (conversions_b, users_b)):
        if users <= 0 or conversions < 0 or conversions > users:
            raise ValueError(f"impossible counts: {conversions} of {users}")
    pooled = (conversions_a + conversions_b) / (users_a + users_b)
    if pooled in (0.0, 1.0):
        return 0.0, 1.0
    z = (conversions_b / users_b - conversions_a / users_a) / math.sqrt(
        pooled * (1 - pooled) * (1 / users_a + 1 / users_b))
    expected = [pooled * users_a, (1 - pooled) * users_a, pooled * users_b, (1 - pooled) * users_b]
    if min(expected) < 5:
        table = [[conversions_a, users_a - conversions_a], [conversions_b, users_b - conversions_b]]
        return z, float(fisher_exact(table)[1])
    return z, float(2 * norm.sf(abs(z)))
