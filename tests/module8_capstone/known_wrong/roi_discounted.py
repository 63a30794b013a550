# Known-wrong for kata 8.1: reports the discounted NPV over the upfront cost as the ROI.
_reference_roi_timeline = roi_timeline


def roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate=0.10):
    plan = _reference_roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate)
    plan["roi"] = plan["npv"] / upfront_cost
    return plan
