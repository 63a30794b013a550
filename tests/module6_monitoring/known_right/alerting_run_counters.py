# Known-right for kata 6.3: a streaming version with two counters, the length of the current run of
# warning-or-worse readings and of critical readings, as an alerting service would keep them.


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError(f"sustain must be at least 1, got {sustain}")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError(f"critical ({critical}) must lie beyond warning ({warning})")
    warning_run = critical_run = 0
    states = []
    for value in values:
        level = _level(value, warning, critical, higher_is_worse)
        warning_run = warning_run + 1 if level >= 1 else 0
        critical_run = critical_run + 1 if level == 2 else 0
        states.append("critical" if critical_run >= sustain else "warning" if warning_run >= sustain else "ok")
    return states
