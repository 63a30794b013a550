# Known-wrong for kata 2.1: drops the missing values before grouping, so a group whose values are
# all missing disappears instead of showing count 0.


def grouped_summary(frame, by, column):
    for name in (by, column):
        if name not in frame.columns:
            raise KeyError(name)
    present = frame.dropna(subset=[column])
    values = present[column].astype("float64")
    summary = values.groupby(present[by], sort=True).agg(["count", "mean", "median", "min", "max"])
    return summary[SUMMARY_COLUMNS]
