# Known-wrong for kata 6.3: a reading breaches only strictly beyond a threshold, so a latency of
# exactly the warning value is "ok".


def _level(value, warning, critical, higher_is_worse):
    if math.isnan(value):
        return 0
    sign = 1 if higher_is_worse else -1
    if sign * value > sign * critical:
        return 2
    return 1 if sign * value > sign * warning else 0
