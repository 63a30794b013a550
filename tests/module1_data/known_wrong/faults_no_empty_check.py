# Known-wrong for kata 1.3: never checks for an empty table, so frame.index[0] fails with an
# IndexError instead of a ValueError that says why.


def _copy_with_a_row(frame):
    return frame.copy(deep=True)
