# Known-right for kata 8.7: "every one of the last values reaches the threshold" with all().
def alert_level(values, warning, critical, consecutive=3):
    if critical <= warning or consecutive < 1:
        raise ValueError("need critical > warning and consecutive >= 1")
    recent = list(values)[-consecutive:] if len(values) >= consecutive else None
    if recent is None:
        return "ok"
    if all(v >= critical for v in recent):
        return "critical"
    return "warning" if all(v >= warning for v in recent) else "ok"
