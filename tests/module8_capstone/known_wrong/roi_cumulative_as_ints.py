# Known-wrong for kata 8.1: builds the cumulative net with whole-number arithmetic, so whole-number
# amounts give a list of ints, not the floats the spec promises.
_reference_roi_timeline = roi_timeline


def roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate=0.10):
    plan = _reference_roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate)
    net = monthly_benefit - monthly_cost
    plan["cumulative"] = [-upfront_cost + month * net for month in range(1, months + 1)]
    return plan
