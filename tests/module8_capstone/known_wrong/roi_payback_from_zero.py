# Known-wrong for kata 8.1: counts the payback month from 0, so every payback comes a month early.
_reference_roi_timeline = roi_timeline


def roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate=0.10):
    plan = _reference_roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate)
    plan["payback_month"] = next((m for m, total in enumerate(plan["cumulative"]) if total >= 0), None)
    return plan
