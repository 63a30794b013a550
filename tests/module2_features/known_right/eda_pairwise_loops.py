# Known-right for kata 2.1: pairs by itertools.combinations and Series.corr (pairwise complete
# rows), the summary by a loop over the sorted groups.

import itertools
import math


def correlated_pairs(frame, threshold):
    if math.isnan(threshold) or threshold < 0 or threshold > 1:
        raise ValueError(f"threshold {threshold} is not in [0, 1]")
    numeric = [c for c in frame.columns
               if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])]
    pairs = []
    for a, b in itertools.combinations(numeric, 2):
        r = frame[a].astype("float64").corr(frame[b].astype("float64"))
        if not math.isnan(r) and abs(r) >= threshold:
            pairs.append((b, a, float(r)))
    pairs.sort(key=lambda pair: -abs(pair[2]))
    return pairs


def grouped_summary(frame, by, column):
    if by not in frame or column not in frame:
        raise KeyError(by if by not in frame else column)
    rows = {}
    for group in sorted(frame[by].dropna().unique()):
        values = frame.loc[frame[by] == group, column].astype("float64").dropna()
        rows[group] = {"count": len(values), "mean": values.mean(), "median": values.median(),
                       "min": values.min(), "max": values.max()}
    return pd.DataFrame.from_dict(rows, orient="index", columns=SUMMARY_COLUMNS)
