# Known-wrong for kata 4.2: with comparable costs it always answers accuracy, even for 8% positives.


def choose_metric(scenario):
    if not 0 < scenario.positive_share < 1:
        raise ValueError("positive_share out of range")
    if scenario.cost_false_positive < 0 or scenario.cost_false_negative < 0:
        raise ValueError("costs cannot be negative")
    if scenario.ranks_for_review:
        return "average_precision"
    if scenario.cost_false_negative >= 5 * scenario.cost_false_positive:
        return "recall"
    if scenario.cost_false_positive >= 5 * scenario.cost_false_negative:
        return "precision"
    return "accuracy"
