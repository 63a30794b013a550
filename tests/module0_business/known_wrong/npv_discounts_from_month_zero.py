# Known-wrong for kata 0.2: discounts month t by (t - 1) / 12 of a year, as if each month's money
# arrived at its start.


def npv(project, months, annual_discount_rate):
    if annual_discount_rate <= -1:
        raise ValueError("rate must be > -1")
    return sum(flow / (1 + annual_discount_rate) ** ((month - 1) / 12)
               for month, flow in enumerate(monthly_cash_flows(project, months), start=1))
