# Known-wrong for kata 6.3: alerts when *any* reading in the window breaches (the worst level),
# so one blip still alerts, and keeps alerting for `sustain` readings.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError("sustain must be at least 1")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError("critical must lie beyond warning")
    levels = [_level(v, warning, critical, higher_is_worse) for v in values]
    return [LEVELS[max(levels[max(0, i - sustain + 1):i + 1])] for i in range(len(levels))]
