# Known-wrong for kata 6.2: tests the columns as they come, NaN included: KS propagates NaN into the
# p-value, and value_counts(dropna=False) makes "missing" a category.


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    missing = [c for c in columns if c not in reference.columns or c not in current.columns]
    if missing:
        raise ValueError(f"columns missing: {missing}")
    rows = []
    for column in columns:
        before, after = reference[column], current[column]
        if before.dropna().empty or after.dropna().empty:
            raise ValueError("no values")
        if pd.api.types.is_numeric_dtype(before) and not pd.api.types.is_bool_dtype(before):
            result = ks_2samp(before, after)
            statistic, p_value = float(result.statistic), float(result.pvalue)
            test, effect = "ks", statistic
        else:
            counts = pd.DataFrame({"r": before.value_counts(dropna=False),
                                   "c": after.value_counts(dropna=False)}).fillna(0).T.to_numpy()
            statistic, p_value, _, _ = chi2_contingency(counts)
            test, effect = "chi2", math.sqrt(statistic / counts.sum())
        rows.append({"column": column, "test": test, "statistic": float(statistic), "p_value": float(p_value),
                     "effect_size": float(effect),
                     "drifted": bool(p_value < alpha / len(columns) and effect >= min_effect)})
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)
