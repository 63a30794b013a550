# Known-wrong for kata 0.2: refuses every negative discount rate, although the spec allows any
# rate above -1 (-100%): a negative rate, when money is worth more later, is a valid input.


def _discounted_flows(project, months, annual_discount_rate):
    if annual_discount_rate < 0:
        raise ValueError(f"annual_discount_rate must not be negative, got {annual_discount_rate}")
    return [flow / (1 + annual_discount_rate) ** (month / 12)
            for month, flow in enumerate(monthly_cash_flows(project, months), start=1)]
