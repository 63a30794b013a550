# Known-wrong for kata 6.3: alerts on every reading that breaches, ignoring `sustain`.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError("sustain must be at least 1")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError("critical must lie beyond warning")
    return [LEVELS[_level(v, warning, critical, higher_is_worse)] for v in values]
