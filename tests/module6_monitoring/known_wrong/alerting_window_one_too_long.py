# Known-wrong for kata 6.3: the window reaches one reading too far back (i - sustain to i), so a run
# must last sustain + 1 readings before it alerts.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError("sustain must be at least 1")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError("critical must lie beyond warning")
    levels = [_level(v, warning, critical, higher_is_worse) for v in values]
    return [LEVELS[min(levels[i - sustain:i + 1])] if i >= sustain else "ok" for i in range(len(levels))]
