# Known-wrong for kata 4.6: treats an undefined rate as 0, inventing a gap for groups without positives.


def largest_gap(rates, column="tpr"):
    values = rates[column].fillna(0.0)
    return float(values.max() - values.min()) if len(values) >= 2 else 0.0
