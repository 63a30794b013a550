# Known-wrong for kata 4.2: refuses a share "<= 0 or >= 1", which a NaN share passes (every
# comparison with NaN is false), so a prevalence computed from no cases gets a metric.


def choose_metric(scenario):
    share = scenario.positive_share
    if share <= 0 or share >= 1:
        raise ValueError(f"positive_share must be strictly between 0 and 1, got {share}")
    if scenario.cost_false_positive < 0 or scenario.cost_false_negative < 0:
        raise ValueError("costs must not be negative")
    if scenario.cost_false_positive == 0 and scenario.cost_false_negative == 0:
        raise ValueError("both costs are 0: no mistake matters")
    if scenario.ranks_for_review:
        return "average_precision"
    misses = share * scenario.cost_false_negative
    alarms = (1 - share) * scenario.cost_false_positive
    if misses >= DOMINANCE * alarms:  # noqa: F821
        return "recall_at_min_precision"
    if alarms >= DOMINANCE * misses:  # noqa: F821
        return "precision_at_min_recall"
    if share < 0.2 or share > 0.8:
        return "f1"
    return "accuracy"
