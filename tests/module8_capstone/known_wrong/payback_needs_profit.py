# Known-wrong for kata 8.1: a project counts as paid back only once the cumulative net is above 0,
# so the month that breaks even exactly is missed.
_reference_roi_timeline = roi_timeline


def roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate=0.10):
    plan = _reference_roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate)
    plan["payback_month"] = next((m for m, total in enumerate(plan["cumulative"], 1) if total > 0), None)
    return plan
