# Known-right for kata 1.3: breaks the LAST row by position with .iloc, puts the duplicate first,
# and uses other out-of-range and unknown values than the reference.


def _last(broken, column):
    return len(broken) - 1, broken.columns.get_loc(column)


def out_of_range_stat(frame):
    broken = _copy_with_a_row(frame)
    broken.iloc[_last(broken, "speed")] = 0
    return broken


def unknown_type(frame):
    broken = _copy_with_a_row(frame)
    broken.iloc[_last(broken, "type1")] = "Cosmic"
    return broken


def duplicate_id(frame):
    broken = _copy_with_a_row(frame)
    return pd.concat([broken.iloc[[-1]], broken])


def missing_name(frame):
    broken = _copy_with_a_row(frame)
    broken.iloc[_last(broken, "name")] = None
    return broken


def type2_same_as_type1(frame):
    broken = _copy_with_a_row(frame)
    row, column = _last(broken, "type2")
    broken.iloc[row, column] = broken["type1"].iloc[row]
    return broken
