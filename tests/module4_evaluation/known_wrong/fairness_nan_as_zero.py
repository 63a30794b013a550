# Known-wrong for kata 4.6: treats an undefined rate as 0, inventing a gap for groups without positives.


def largest_gap(rates, column="tpr", *, min_count=30):
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    counted = rates[rates[DENOMINATORS[column]] >= min_count] if min_count > 1 else rates
    values = counted[column].fillna(0.0)
    return float(values.max() - values.min()) if len(values) >= 2 else 0.0
