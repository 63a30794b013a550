# Known-wrong for kata 2.7: "lifts" the score with capture_rate, which is set because a species
# is legendary: a huge lift in the notebook, none in production.


def lift_features(frame):
    stats = frame[_STATS].astype("float64")
    return pd.DataFrame({"strength_per_catch": stats.sum(axis=1) / frame["capture_rate"]},
                        index=frame.index)
