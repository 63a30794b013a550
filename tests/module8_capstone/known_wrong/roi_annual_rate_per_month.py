# Known-wrong for kata 8.1: discounts every month by the full annual rate, as if a month were a year.
_reference_roi_timeline = roi_timeline


def roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate=0.10):
    plan = _reference_roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate)
    net = monthly_benefit - monthly_cost
    plan["npv"] = -upfront_cost + sum(net / (1 + annual_discount_rate) ** m for m in range(1, months + 1))
    return plan
