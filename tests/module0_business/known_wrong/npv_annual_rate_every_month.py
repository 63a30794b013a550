# Known-wrong for kata 0.2: discounts every month by the whole annual rate, as if each month
# were a year.


def npv(project, months, annual_discount_rate):
    if annual_discount_rate <= -1:
        raise ValueError("rate must be > -1")
    return sum(flow / (1 + annual_discount_rate) ** month
               for month, flow in enumerate(monthly_cash_flows(project, months), start=1))
