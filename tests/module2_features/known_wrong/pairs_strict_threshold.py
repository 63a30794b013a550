# Known-wrong for kata 2.1: keeps pairs strictly above the threshold, so a pair exactly at it
# (and every uncorrelated pair at threshold 0) is left out.


def correlated_pairs(frame, threshold):
    if not 0 <= threshold <= 1:
        raise ValueError(threshold)
    matrix = frame.select_dtypes("number").corr()
    columns = list(matrix.columns)
    pairs = [(a, b, float(matrix.loc[a, b])) for i, a in enumerate(columns) for b in columns[i + 1:]
             if pd.notna(matrix.loc[a, b]) and abs(matrix.loc[a, b]) > threshold]
    return sorted(pairs, key=lambda pair: abs(pair[2]), reverse=True)
