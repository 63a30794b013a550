# Known-wrong for kata 1.3: appends the copy with the row-appending idiom frame.loc[len(frame)],
# which overwrites the last row when the index already holds that label (an index from 1 to n).


def duplicate_id(frame):
    broken = _copy_with_a_row(frame)
    broken.loc[len(broken)] = broken.iloc[0]
    return broken
