# Known-wrong for kata 0.4: writes the monthly value to the dollar ("$40,800"), a precision the
# estimate does not have.


def _dollars(value):
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.0f}"
