# Known-wrong for kata 0.3: charges every miss its loss on top of the status quo, so the loss a
# miss causes (which happens with or without the model) is counted against the model.


def expected_monthly_value(case, recall, false_positive_rate):
    counts = expected_counts(case, recall, false_positive_rate)
    flagged = counts.true_positives + counts.false_positives
    return (counts.true_positives * case.loss_per_positive - flagged * case.cost_per_flag
            - counts.false_negatives * case.loss_per_positive)
