# Known-wrong for kata 6.8: rounds the duration to the nearest minute instead of down.


def _duration(elapsed):
    hours, minutes = divmod(round(elapsed.total_seconds() / 60), 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"
