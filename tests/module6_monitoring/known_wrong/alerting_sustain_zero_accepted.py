# Known-wrong for kata 6.3: checks `sustain < 0` instead of `sustain < 1`. With sustain 0 the windows
# are empty; a series of readings happens to fail on min() of an empty window, but an empty series
# comes back as [] instead of being refused.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 0:
        raise ValueError(f"sustain must be at least 1, got {sustain}")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError(f"critical ({critical}) must lie beyond warning ({warning})")
    levels = [_level(value, warning, critical, higher_is_worse) for value in values]
    return [LEVELS[min(levels[i - sustain + 1:i + 1])] if i + 1 >= sustain else "ok"
            for i in range(len(levels))]
