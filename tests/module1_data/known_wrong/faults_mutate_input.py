# Known-wrong for kata 1.3: corrupts the caller's frame in place instead of a copy.


def out_of_range_stat(frame):
    frame.loc[frame.index[0], "hp"] = 999
    return frame
