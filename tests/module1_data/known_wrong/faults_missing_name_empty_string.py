# Known-wrong for kata 1.3: "removes" the name by writing an empty string, which is a value, not a
# missing one.


def missing_name(frame):
    broken = _copy_with_a_row(frame)
    broken.loc[broken.index[0], "name"] = ""
    return broken
