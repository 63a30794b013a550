# Known-wrong for kata 4.2: compares the two costs alone, ignoring how often each error can happen.


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
    if scenario.cost_false_negative >= 5 * scenario.cost_false_positive:
        return "recall_at_min_precision"
    if scenario.cost_false_positive >= 5 * scenario.cost_false_negative:
        return "precision_at_min_recall"
    if not 0.2 <= share <= 0.8:
        return "f1"
    return "accuracy"
