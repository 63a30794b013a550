# Known-wrong for kata 4.6: checks the group's rows against min_count, although a TPR rests on the
# group's positives only.


def largest_gap(rates, column="tpr", *, min_count=30):
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    size = rates["rows"] if "rows" in rates else rates["positives"] + rates["negatives"]
    defined = rates[size >= min_count][column].dropna()
    return float(defined.max() - defined.min()) if len(defined) >= 2 else 0.0
