# Known-wrong for kata 2.1: compares the signed correlation with the threshold, so strong negative
# correlations (capture_rate against every stat) are never reported.


def correlated_pairs(frame, threshold):
    if not 0 <= threshold <= 1:
        raise ValueError("threshold must be in [0, 1]")
    matrix = frame.select_dtypes("number").corr()
    columns = list(matrix.columns)
    pairs = [(a, b, float(matrix.loc[a, b])) for i, a in enumerate(columns) for b in columns[i + 1:]
             if matrix.loc[a, b] >= threshold]
    return sorted(pairs, key=lambda pair: pair[2], reverse=True)
