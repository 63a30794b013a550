# Known-wrong for kata 5.4: refuses negative counts and more conversions than users, but lets an
# arm with no users through (0 of 0 looks possible), and the rate 0 / 0 then crashes.


def two_proportion_z_test(conversions_a, users_a, conversions_b, users_b):
    for conversions, users in ((conversions_a, users_a), (conversions_b, users_b)):
        if users < 0 or conversions < 0 or conversions > users:
            raise ValueError("impossible counts")
    pooled = (conversions_a + conversions_b) / (users_a + users_b)
    variance = pooled * (1 - pooled) * (1 / users_a + 1 / users_b)
    if variance == 0:
        return 0.0, 1.0
    z = (conversions_b / users_b - conversions_a / users_a) / math.sqrt(variance)
    return z, float(2 * norm.sf(abs(z)))
