# Known-wrong for kata 4.2: with comparable weights it always answers accuracy, even for 8% positives.


def choose_metric(scenario):
    share = scenario.positive_share
    if not 0 < share < 1:
        raise ValueError("positive_share out of range")
    if scenario.cost_false_positive < 0 or scenario.cost_false_negative < 0:
        raise ValueError("costs cannot be negative")
    if scenario.cost_false_positive == 0 and scenario.cost_false_negative == 0:
        raise ValueError("nothing to optimise")
    if scenario.ranks_for_review:
        return "average_precision"
    misses, false_alarms = share * scenario.cost_false_negative, (1 - share) * scenario.cost_false_positive
    if misses >= 5 * false_alarms:
        return "recall_at_min_precision"
    if false_alarms >= 5 * misses:
        return "precision_at_min_recall"
    return "accuracy"
