# Known-wrong for kata 6.2: Holm's thresholds without the stop: every sorted p-value is compared with
# alpha / (m - k) even after a smaller one failed, so a batch can alarm where Holm and Bonferroni do not.


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    missing = [c for c in columns if c not in reference.columns or c not in current.columns]
    if missing:
        raise ValueError(f"columns missing from reference or current batch: {missing}")
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
            test, statistic, p_value, effect = "chi2", *_chi_squared(before, after)
        rows.append({"column": column, "test": test, "statistic": statistic, "p_value": p_value,
                     "effect_size": effect, "drifted": False})
    ranked = sorted(range(len(rows)), key=lambda i: rows[i]["p_value"])
    for k, index in enumerate(ranked):
        if rows[index]["p_value"] < alpha / (len(rows) - k):
            rows[index]["drifted"] = bool(rows[index]["effect_size"] >= min_effect)
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)
