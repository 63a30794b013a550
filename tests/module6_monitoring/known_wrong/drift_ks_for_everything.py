# Known-wrong for kata 6.2: codes categories as numbers and runs KS on them, so a change in
# type frequencies depends on an arbitrary alphabetical order.


def detect_drift(reference, current, columns, alpha=0.05):
    rows = []
    for column in columns:
        before, after = reference[column].dropna(), current[column].dropna()
        if not pd.api.types.is_numeric_dtype(before):
            codes = {value: i for i, value in enumerate(sorted(set(before) | set(after)))}
            before, after = before.map(codes), after.map(codes)
        result = ks_2samp(before, after)
        rows.append({"column": column, "test": "ks", "statistic": float(result.statistic),
                     "p_value": float(result.pvalue), "drifted": bool(result.pvalue < alpha / len(columns))})
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)
