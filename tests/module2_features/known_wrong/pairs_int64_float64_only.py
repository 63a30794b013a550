# Known-wrong for kata 2.1: correlated_pairs picks its columns by the two dtypes of the Pokémon
# table (int64 and float64), so int32, float32 and nullable numeric columns never take part.


def correlated_pairs(frame, threshold):
    if not 0 <= threshold <= 1:
        raise ValueError(f"threshold must be in [0, 1], got {threshold}")
    matrix = frame.select_dtypes(include=["int64", "float64"]).corr()
    columns = list(matrix.columns)
    pairs = [
        (a, b, float(matrix.loc[a, b]))
        for i, a in enumerate(columns)
        for b in columns[i + 1:]
        if pd.notna(matrix.loc[a, b]) and abs(matrix.loc[a, b]) >= threshold
    ]
    return sorted(pairs, key=lambda pair: abs(pair[2]), reverse=True)
