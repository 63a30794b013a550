# Known-wrong for kata 2.7: adds the features to the caller's frame and returns a slice of it,
# so the caller's table silently gains columns.


def lift_features(frame):
    stats = frame[_STATS].astype("float64")
    frame["total_stats"] = stats.sum(axis=1)
    frame["weakest_stat"] = stats.min(axis=1)
    return frame[["total_stats", "weakest_stat"]].copy()
