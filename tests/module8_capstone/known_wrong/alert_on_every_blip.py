# Known-wrong for kata 8.7: alerts on the latest value alone, so every one-off spike pages someone.
def alert_level(values, warning, critical, consecutive=3):
    if critical <= warning or consecutive < 1:
        raise ValueError("need critical > warning and consecutive >= 1")
    if not values:
        return "ok"
    latest = values[-1]
    return "critical" if latest >= critical else "warning" if latest >= warning else "ok"
