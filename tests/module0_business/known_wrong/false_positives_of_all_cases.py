# Known-wrong for kata 0.3: takes the false-positive rate as a share of every case scored, not of
# the negatives.


def expected_counts(case, recall, false_positive_rate):
    for share in (recall, false_positive_rate, case.prevalence):
        if not 0 <= share <= 1:
            raise ValueError("rates must be in [0, 1]")
    if case.monthly_volume < 0:
        raise ValueError("negative volume")
    positives = case.monthly_volume * case.prevalence
    negatives = case.monthly_volume - positives
    true_positives = recall * positives
    false_positives = min(false_positive_rate * case.monthly_volume, negatives)
    return ExpectedCounts(true_positives, false_positives, positives - true_positives,
                          negatives - false_positives)
