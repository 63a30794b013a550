# Known-wrong for kata 0.3: takes "no true positive" for "nothing flagged", so a model that only
# raises false alarms gets an undefined precision instead of 0: every flag it raises is wrong.


def expected_precision(case, recall, false_positive_rate):
    counts = expected_counts(case, recall, false_positive_rate)
    if counts.true_positives == 0:
        return None
    return counts.true_positives / (counts.true_positives + counts.false_positives)
