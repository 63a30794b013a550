# Known-wrong for kata 4.6: a group needs MORE than min_count cases instead of at least min_count.


def largest_gap(rates, column="tpr", *, min_count=30):
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    defined = rates[rates[DENOMINATORS[column]] > min_count][column].dropna()
    return float(defined.max() - defined.min()) if len(defined) >= 2 else 0.0
