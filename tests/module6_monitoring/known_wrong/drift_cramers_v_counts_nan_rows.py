# Known-wrong for kata 6.2: Cramér's V divides chi2 by every row of both frames, NaN included, instead of by
# the counts in the table.


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    missing = [c for c in columns if c not in reference.columns or c not in current.columns]
    if missing:
        raise ValueError(f"columns missing from reference or current batch: {missing}")
    threshold = alpha / len(columns)
    rows = []
    for column in columns:
        before, after = reference[column].dropna(), current[column].dropna()
        if before.empty or after.empty:
            raise ValueError(f"column {column!r} has no values in one of the samples")
        if pd.api.types.is_numeric_dtype(before) and not pd.api.types.is_bool_dtype(before):
            result = ks_2samp(before, after)
            test, statistic, p_value = "ks", float(result.statistic), float(result.pvalue)
            effect = statistic
        else:
            test, statistic, p_value, _ = "chi2", *_chi_squared(before, after)
            effect = math.sqrt(statistic / (len(reference) + len(current)))
        rows.append({"column": column, "test": test, "statistic": statistic, "p_value": p_value,
                     "effect_size": effect, "drifted": bool(p_value < threshold and effect >= min_effect)})
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)
