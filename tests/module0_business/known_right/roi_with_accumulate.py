# Known-right for kata 0.2: running totals with itertools.accumulate, and ROI from the flows and
# the costs counted directly (no (benefit, cost) timeline).
import itertools


def roi(project, months):
    flows = monthly_cash_flows(project, months)
    build_months_spent = min(months, project.build_months)
    cost = (project.build_cost / project.build_months * build_months_spent
            + project.monthly_run_cost * (months - build_months_spent))
    return sum(flows) / cost


def payback_month(project, months):
    totals = itertools.accumulate(monthly_cash_flows(project, months))
    return next((month for month, total in enumerate(totals, start=1) if total >= 0), None)


def discounted_payback_month(project, months, annual_discount_rate):
    if annual_discount_rate <= -1:
        raise ValueError(f"annual_discount_rate must be > -1, got {annual_discount_rate}")
    flows = [flow * (1 + annual_discount_rate) ** (-month / 12)
             for month, flow in enumerate(monthly_cash_flows(project, months), start=1)]
    totals = itertools.accumulate(flows)
    return next((month for month, total in enumerate(totals, start=1) if total >= 0), None)
