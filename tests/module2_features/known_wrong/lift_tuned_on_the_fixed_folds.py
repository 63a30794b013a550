# Known-wrong for kata 2.7: a "special sweeper" score kept because it cleared 5% on the five
# folds it was tried on (5.8%); on other shuffles of the folds its lift is about 3%.


def lift_features(frame):
    return pd.DataFrame({"special_sweep": (frame["sp_attack"] + frame["speed"]).astype("float64")},
                        index=frame.index)
