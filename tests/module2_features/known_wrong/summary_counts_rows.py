# Known-wrong for kata 2.1: counts the rows of each group, missing values included, so a group
# full of gaps looks as well measured as a complete one.


def grouped_summary(frame, by, column):
    for name in (by, column):
        if name not in frame.columns:
            raise KeyError(name)
    values = frame[column].astype("float64")
    summary = values.groupby(frame[by], sort=True).agg(["size", "mean", "median", "min", "max"])
    return summary.rename(columns={"size": "count"})[SUMMARY_COLUMNS]
