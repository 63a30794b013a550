# Known-wrong for kata 6.3: before `sustain` readings exist it judges the readings so far, so a
# service that starts slow alerts on its first reading.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError(f"sustain must be at least 1, got {sustain}")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError(f"critical ({critical}) must lie beyond warning ({warning})")
    levels = [_level(value, warning, critical, higher_is_worse) for value in values]
    return [LEVELS[min(levels[max(0, i - sustain + 1):i + 1])] for i in range(len(levels))]
