# Known-wrong for kata 0.3: precision as recall / (recall + false-positive rate), which holds only
# when positives and negatives are equally common.


def expected_precision(case, recall, false_positive_rate):
    expected_counts(case, recall, false_positive_rate)
    flagged = recall + false_positive_rate
    return recall / flagged if flagged > 0 else None
