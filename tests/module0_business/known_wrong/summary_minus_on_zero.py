# Known-wrong for kata 0.4: marks a value that rounds to zero as a loss ("-$0" for a gain of $400),
# by testing rounded <= 0 for the minus sign.


def _dollars(value):
    rounded = round(value, -3)
    sign = "-" if rounded <= 0 else ""
    return f"{sign}${abs(rounded):,.0f}"
