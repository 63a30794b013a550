# Known-wrong for kata 6.8: always writes the hours, so a 45-minute incident reads "0 h 45 min"
# instead of "45 min".


def _duration(elapsed):
    hours, minutes = divmod(int(elapsed.total_seconds() // 60), 60)
    return f"{hours} h {minutes} min"
