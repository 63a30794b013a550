# Known-wrong for kata 4.6: max minus min of whatever qualifies, so with no group large enough
# the gap is NaN - NaN = NaN instead of 0.0 (with one group it happens to be 0.0).


def largest_gap(rates, column="tpr", *, min_count=30):
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count}")
    large_enough = rates[rates[DENOMINATORS[column]] >= min_count]
    defined = large_enough[column].dropna()
    return float(defined.max() - defined.min())
