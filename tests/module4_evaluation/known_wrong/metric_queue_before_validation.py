# Known-wrong for kata 4.2: answers a ranked queue before checking the scenario, so a queue with
# a negative cost or a positive share of 1 gets a metric instead of being refused.

_checked_choose_metric = choose_metric


def choose_metric(scenario):
    if scenario.ranks_for_review:
        return "average_precision"
    return _checked_choose_metric(scenario)
