# Known-wrong for kata 6.3: a sustained warning run becomes critical as soon as its LAST reading
# is critical, instead of when every reading of the window is critical.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError(f"sustain must be at least 1, got {sustain}")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError(f"critical ({critical}) must lie beyond warning ({warning})")
    levels = [_level(value, warning, critical, higher_is_worse) for value in values]
    states = []
    for i in range(len(levels)):
        if i + 1 < sustain or min(levels[i - sustain + 1:i + 1]) == 0:
            states.append("ok")
        else:
            states.append(LEVELS[levels[i]])
    return states
