# Known-wrong for kata 5.4: a one-sided p-value (norm.sf(z)) for a two-sided question: half the
# p-value when B is better, and nearly 1 when B is worse.


def two_proportion_z_test(conversions_a, users_a, conversions_b, users_b):
    for conversions, users in ((conversions_a, users_a), (conversions_b, users_b)):
        if users <= 0 or not 0 <= conversions <= users:
            raise ValueError("impossible counts")
    pooled = (conversions_a + conversions_b) / (users_a + users_b)
    variance = pooled * (1 - pooled) * (1 / users_a + 1 / users_b)
    if variance == 0:
        return 0.0, 1.0
    z = (conversions_b / users_b - conversions_a / users_a) / math.sqrt(variance)
    return z, float(norm.sf(z))
