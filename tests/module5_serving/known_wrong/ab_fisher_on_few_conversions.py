# Known-wrong for kata 5.4: switches to Fisher's exact test when a conversion count is below 5,
# although the rule is about expected counts: 4/1000 against 20/1000 expects 12 conversions per
# arm, and the z-test's p-value is the one asked for.
import math

from scipy.stats import fisher_exact, norm


def two_proportion_z_test(conversions_a, users_a, conversions_b, users_b):
    for conversions, users in ((conversions_a, users_a), (conversions_b, users_b)):
        if users <= 0 or not 0 <= conversions <= users:
            raise ValueError("impossible counts")
    pooled = (conversions_a + conversions_b) / (users_a + users_b)
    variance = pooled * (1 - pooled) * (1 / users_a + 1 / users_b)
    if variance == 0:
        return 0.0, 1.0
    z = (conversions_b / users_b - conversions_a / users_a) / math.sqrt(variance)
    if min(conversions_a, conversions_b) < 5:
        table = [[conversions_a, users_a - conversions_a], [conversions_b, users_b - conversions_b]]
        return z, float(fisher_exact(table)[1])
    return z, float(2 * norm.sf(abs(z)))
