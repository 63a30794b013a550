# Known-wrong for kata 2.7: an honest ratio feature, but it does not tell legendaries apart any
# better than the stats already do, so the lift stays far below 5%.


def lift_features(frame):
    return pd.DataFrame({"power_ratio": frame["attack"] / (frame["defense"] + 1.0)}, index=frame.index)
