# Known-wrong for kata 6.3: for lower-is-worse metrics a breach is `not value > threshold`, which is
# True for NaN, so a missing accuracy reading counts as a breach.


def _level(value, warning, critical, higher_is_worse):
    if higher_is_worse:
        if math.isnan(value):
            return 0
        return 2 if value >= critical else 1 if value >= warning else 0
    return 2 if not value > critical else 1 if not value > warning else 0
