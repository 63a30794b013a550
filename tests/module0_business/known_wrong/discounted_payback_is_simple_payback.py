# Known-wrong for kata 0.2: returns the simple payback month, ignoring that later money is worth
# less today.


def discounted_payback_month(project, months, annual_discount_rate):
    if annual_discount_rate <= -1:
        raise ValueError("rate must be > -1")
    return payback_month(project, months)
