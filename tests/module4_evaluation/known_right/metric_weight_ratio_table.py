# Known-right for kata 4.2: the ratio of the two error weights, looked up in a small rule table
# (a zero weight against a positive one is infinitely dominated).

import math


def choose_metric(scenario):
    share, cost_fp, cost_fn = scenario.positive_share, scenario.cost_false_positive, scenario.cost_false_negative
    if not 0 < share < 1:
        raise ValueError(f"positive_share must be strictly between 0 and 1, got {share}")
    if cost_fp < 0 or cost_fn < 0:
        raise ValueError("costs must not be negative")
    if cost_fp == 0 and cost_fn == 0:
        raise ValueError("both costs are 0: no mistake matters")
    miss, alarm = share * cost_fn, (1 - share) * cost_fp
    ratio = math.inf if alarm == 0 else miss / alarm
    rules = [
        (scenario.ranks_for_review, "average_precision"),
        (ratio >= DOMINANCE, "recall_at_min_precision"),  # noqa: F821
        (ratio <= 1 / DOMINANCE, "precision_at_min_recall"),  # noqa: F821
        (not 0.2 <= share <= 0.8, "f1"),
    ]
    return next((metric for fired, metric in rules if fired), "accuracy")
