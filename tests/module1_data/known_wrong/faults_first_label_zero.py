# Known-wrong for kata 1.3: picks "the first row" with the label 0, which only works while the
# index happens to be 0..n-1; on a shuffled table .loc[0, column] = value adds a new row instead.


def out_of_range_stat(frame):
    broken = _copy_with_a_row(frame)
    broken.loc[0, "hp"] = 999
    return broken


def type2_same_as_type1(frame):
    broken = _copy_with_a_row(frame)
    broken.loc[0, "type2"] = broken.loc[0, "type1"]
    return broken
