# Known-wrong for kata 4.6: max minus min over every group with a defined rate, however few cases
# the rate rests on.


def largest_gap(rates, column="tpr", *, min_count=30):
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    defined = rates[column].dropna()
    return float(defined.max() - defined.min()) if len(defined) >= 2 else 0.0
