# Known-wrong for kata 6.8: takes the duration from timedelta.seconds, which leaves out whole
# days, so a 26-hour incident reads "2 h 0 min".


def _duration(elapsed):
    hours, minutes = divmod(elapsed.seconds // 60, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"
