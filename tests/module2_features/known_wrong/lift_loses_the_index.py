# Known-wrong for kata 2.7: builds the features from numpy arrays, so the result carries a fresh
# 0..n-1 index instead of the frame's own, and joins onto the wrong rows.


def lift_features(frame):
    stats = frame[_STATS].to_numpy(dtype="float64")
    return pd.DataFrame({"total_stats": stats.sum(axis=1), "weakest_stat": stats.min(axis=1)})
