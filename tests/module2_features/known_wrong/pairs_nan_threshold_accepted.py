# Known-wrong for kata 2.1: checks the threshold with two comparisons (threshold < 0 or
# threshold > 1), which a NaN threshold passes: NaN is not in [0, 1], so it must be refused.


def correlated_pairs(frame, threshold):
    if threshold < 0 or threshold > 1:
        raise ValueError(threshold)
    matrix = frame.select_dtypes("number").corr()
    columns = list(matrix.columns)
    pairs = [(a, b, float(matrix.loc[a, b])) for i, a in enumerate(columns) for b in columns[i + 1:]
             if pd.notna(matrix.loc[a, b]) and abs(matrix.loc[a, b]) >= threshold]
    return sorted(pairs, key=lambda pair: abs(pair[2]), reverse=True)
