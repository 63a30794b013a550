# Known-wrong for kata 0.3: charges the review only for false alarms, as if catching a fraud
# needed no review.


def expected_monthly_value(case, recall, false_positive_rate):
    counts = expected_counts(case, recall, false_positive_rate)
    return counts.true_positives * case.loss_per_positive - counts.false_positives * case.cost_per_flag
