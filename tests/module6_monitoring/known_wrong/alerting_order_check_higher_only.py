# Known-wrong for kata 6.3: checks the threshold order only for higher-is-worse metrics, so an
# accuracy alert with critical above warning is accepted.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError(f"sustain must be at least 1, got {sustain}")
    if higher_is_worse and critical < warning:
        raise ValueError(f"critical ({critical}) must lie beyond warning ({warning})")
    levels = [_level(value, warning, critical, higher_is_worse) for value in values]
    return [LEVELS[min(levels[i - sustain + 1:i + 1])] if i + 1 >= sustain else "ok"
            for i in range(len(levels))]
