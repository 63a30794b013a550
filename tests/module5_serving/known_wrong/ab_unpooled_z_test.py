# Known-wrong for kata 5.4: the standard error from each arm's own rate (the interval's, not the
# test's): under the null both arms share one rate, so the test must pool.


def two_proportion_z_test(conversions_a, users_a, conversions_b, users_b):
    for conversions, users in ((conversions_a, users_a), (conversions_b, users_b)):
        if users <= 0 or not 0 <= conversions <= users:
            raise ValueError("impossible counts")
    rate_a, rate_b = conversions_a / users_a, conversions_b / users_b
    variance = rate_a * (1 - rate_a) / users_a + rate_b * (1 - rate_b) / users_b
    if variance == 0:
        return 0.0, 1.0
    z = (rate_b - rate_a) / math.sqrt(variance)
    return z, float(2 * norm.sf(abs(z)))
