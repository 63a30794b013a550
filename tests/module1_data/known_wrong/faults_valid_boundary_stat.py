# Known-wrong for kata 1.3: sets a stat to 255, the edge of the valid range, which breaks nothing.


def out_of_range_stat(frame):
    broken = frame.copy()
    broken.loc[broken.index[0], "hp"] = 255
    return broken
