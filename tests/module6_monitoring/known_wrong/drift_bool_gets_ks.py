# Known-wrong for kata 6.2: checks is_numeric_dtype only, and pandas counts bool as numeric, so a
# True/False column gets the KS test.


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    missing = [c for c in columns if c not in reference.columns or c not in current.columns]
    if missing:
        raise ValueError(f"columns missing: {missing}")
    rows = []
    for column in columns:
        before, after = reference[column].dropna(), current[column].dropna()
        if before.empty or after.empty:
            raise ValueError("no values")
        if pd.api.types.is_numeric_dtype(before):
            result = ks_2samp(before, after)
            statistic, p_value = float(result.statistic), float(result.pvalue)
            test, effect = "ks", statistic
        else:
            test, statistic, p_value, effect = "chi2", *_chi_squared(before, after)
        rows.append({"column": column, "test": test, "statistic": statistic, "p_value": p_value,
                     "effect_size": effect, "drifted": bool(p_value < alpha / len(columns) and effect >= min_effect)})
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)
