# Known-wrong for kata 6.3: skips missing readings, so a run of breaches continues across a gap in
# the data instead of being broken by it.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError("sustain must be at least 1")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError("critical must lie beyond warning")
    seen, states = [], []
    for value in values:
        if not math.isnan(value):
            seen.append(_level(value, warning, critical, higher_is_worse))
        states.append(LEVELS[min(seen[-sustain:])] if len(seen) >= sustain else "ok")
    return states
