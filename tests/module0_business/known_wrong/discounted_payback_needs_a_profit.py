# Known-wrong for kata 0.2: the discounted payback waits for a cumulative value above zero, so a
# project that is back at exactly zero in today's money is reported a month late.


def discounted_payback_month(project, months, annual_discount_rate):
    total = 0.0
    for month, flow in enumerate(_discounted_flows(project, months, annual_discount_rate), start=1):
        total += flow
        if total > 0:
            return month
    return None
