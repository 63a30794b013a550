# Known-wrong for kata 0.3: takes FP = TP * (1 - precision), reading precision as a share of the
# true positives instead of a share of everything flagged.


def expected_counts(case, precision, recall):
    if not 0 < precision <= 1 or not 0 <= recall <= 1:
        raise ValueError("precision must be in (0, 1] and recall in [0, 1]")
    if not 0 <= case.prevalence <= 1 or case.monthly_volume < 0:
        raise ValueError("bad case")
    positives = case.monthly_volume * case.prevalence
    negatives = case.monthly_volume - positives
    true_positives = recall * positives
    false_positives = true_positives * (1 - precision)
    if false_positives > negatives:
        raise ValueError("impossible")
    return ExpectedCounts(true_positives, false_positives, positives - true_positives,
                          negatives - false_positives)
