# Known-wrong for kata 2.2: power_ratio stores its result as a new column of the caller's frame
# and returns that column, so the caller's frame gains a "power_ratio" column.


def power_ratio(frame):
    frame["power_ratio"] = safe_ratio(frame["attack"], frame["defense"])  # noqa: F821 (the reference's)
    return frame["power_ratio"]
