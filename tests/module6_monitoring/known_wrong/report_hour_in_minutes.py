# Known-wrong for kata 6.8: writes exactly one hour as "60 min" (the hour form starts only after 60 minutes).


def _duration(elapsed):
    minutes = int(elapsed.total_seconds() // 60)
    if minutes <= 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"
