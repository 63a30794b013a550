# Known-right for kata 6.3: boolean breach arrays from numpy (NaN compares False), then each
# window checked with .all(), critical before warning.

import numpy as np


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if sustain < 1:
        raise ValueError("sustain must be at least 1")
    if (critical < warning) if higher_is_worse else (critical > warning):
        raise ValueError("thresholds in the wrong order")
    readings = np.asarray(list(values), dtype=float)
    with np.errstate(invalid="ignore"):
        at_warning = readings >= warning if higher_is_worse else readings <= warning
        at_critical = readings >= critical if higher_is_worse else readings <= critical
    states = []
    for i in range(len(readings)):
        first = i - sustain + 1
        if first < 0:
            states.append(LEVELS[0])
        elif at_critical[first:i + 1].all():
            states.append(LEVELS[2])
        elif at_warning[first:i + 1].all():
            states.append(LEVELS[1])
        else:
            states.append(LEVELS[0])
    return states
