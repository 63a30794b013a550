# Known-wrong for kata 6.3: once critical, the state stays critical while the readings still
# breach warning, instead of falling back to warning when the window is no longer all critical.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError(f"sustain must be at least 1, got {sustain}")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError(f"critical ({critical}) must lie beyond warning ({warning})")
    levels = [_level(value, warning, critical, higher_is_worse) for value in values]
    states = []
    for i in range(len(levels)):
        state = LEVELS[min(levels[i - sustain + 1:i + 1])] if i + 1 >= sustain else "ok"
        if state == "warning" and states and states[-1] == "critical":
            state = "critical"
        states.append(state)
    return states
