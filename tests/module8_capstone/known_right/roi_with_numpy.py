# Known-right for kata 8.1: the timeline as NumPy arrays (cumulative sum, a vector of discount factors).
import numpy as np


def roi_timeline(upfront_cost, monthly_benefit, monthly_cost, months, annual_discount_rate=0.10):
    if upfront_cost <= 0 or monthly_benefit < 0 or monthly_cost < 0 or months < 1 or annual_discount_rate <= -1:
        raise ValueError("impossible project figures")
    net = np.full(months, float(monthly_benefit - monthly_cost))
    cumulative = -upfront_cost + np.cumsum(net)
    paid_back = np.flatnonzero(cumulative >= 0)
    factors = (1 + annual_discount_rate) ** (-np.arange(1, months + 1) / 12)
    return {"cumulative": cumulative.tolist(),
            "payback_month": int(paid_back[0]) + 1 if paid_back.size else None,
            "npv": float(-upfront_cost + np.sum(net * factors)),
            "roi": float(cumulative[-1] / upfront_cost)}
