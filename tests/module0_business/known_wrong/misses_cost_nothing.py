# Known-wrong for kata 0.3: prices the caught positives and the false alarms but forgets that a
# missed positive costs money too.


def expected_monthly_value(case, precision, recall):
    counts = expected_counts(case, precision, recall)
    return (counts.true_positives * case.value_true_positive
            - counts.false_positives * case.cost_false_positive)
