# Known-wrong for kata 0.3: treats fewer than one expected flag a month as "nothing flagged", but
# the counts are expectations: 0.5 expected true flags and no false ones is a precision of 1.


def expected_precision(case, recall, false_positive_rate):
    counts = expected_counts(case, recall, false_positive_rate)
    flagged = counts.true_positives + counts.false_positives
    return counts.true_positives / flagged if flagged >= 1 else None
