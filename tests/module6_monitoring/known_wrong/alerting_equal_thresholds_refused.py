# Known-wrong for kata 6.3: refuses critical == warning, which the spec allows (a single alert
# level that pages straight away).

_correct_alert_states = alert_states


def alert_states(values, *, warning, critical, sustain=3, higher_is_worse=True):
    if critical == warning:
        raise ValueError("critical must lie strictly beyond warning")
    return _correct_alert_states(values, warning=warning, critical=critical, sustain=sustain,
                                 higher_is_worse=higher_is_worse)
