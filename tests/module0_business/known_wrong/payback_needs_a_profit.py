# Known-wrong for kata 0.2: waits for a profit (> 0), so a project that is back exactly at zero
# "has not paid back" yet.


def payback_month(project, months):
    total = 0.0
    for month, flow in enumerate(monthly_cash_flows(project, months), start=1):
        total += flow
        if total > 0:
            return month
    return None
