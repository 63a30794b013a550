# Known-wrong for kata 0.3: checks the range with two comparisons that NaN both fails, so a
# recall of NaN is accepted and turns every count into NaN instead of being refused.


def expected_counts(case, recall, false_positive_rate):
    for name, share in (("recall", recall), ("false_positive_rate", false_positive_rate),
                        ("prevalence", case.prevalence)):
        if share < 0 or share > 1:
            raise ValueError(f"{name} must be in [0, 1], got {share}")
    if case.monthly_volume < 0:
        raise ValueError(f"the monthly volume must not be negative, got {case.monthly_volume}")
    positives = case.monthly_volume * case.prevalence
    negatives = case.monthly_volume - positives
    true_positives = recall * positives
    false_positives = false_positive_rate * negatives
    return ExpectedCounts(true_positives, false_positives, positives - true_positives,
                          negatives - false_positives)
