# Known-right for kata 6.2: Holm's step-down correction (flags at least what Bonferroni flags) and
# chi-squared without Yates' continuity correction, on a pd.crosstab table.


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    missing = [c for c in columns if c not in reference.columns or c not in current.columns]
    if missing:
        raise ValueError(f"columns missing from reference or current batch: {missing}")
    rows = []
    for column in columns:
        before, after = reference[column].dropna(), current[column].dropna()
        if before.empty or after.empty:
            raise ValueError(f"column {column!r} has no values in one of the samples")
        if pd.api.types.is_bool_dtype(before) or not pd.api.types.is_numeric_dtype(before):
            values = pd.concat([before.astype(object), after.astype(object)], ignore_index=True)
            sample = np.repeat([0, 1], [len(before), len(after)])
            table = pd.crosstab(sample, values).to_numpy()
            if table.shape[1] < 2:
                statistic, p_value, effect = 0.0, 1.0, 0.0
            else:
                statistic, p_value = chi2_contingency(table, correction=False)[:2]
                effect = math.sqrt(statistic / table.sum())
            test = "chi2"
        else:
            result = ks_2samp(before, after)
            test, statistic, p_value, effect = "ks", result.statistic, result.pvalue, result.statistic
        rows.append({"column": column, "test": test, "statistic": float(statistic), "p_value": float(p_value),
                     "effect_size": float(effect)})
    report = pd.DataFrame(rows)
    # Holm: the k-th smallest p-value (k = 0, 1, ...) is compared with alpha / (m - k), stopping at the first miss.
    significant = np.zeros(len(report), dtype=bool)
    for k, index in enumerate(np.argsort(report["p_value"].to_numpy(), kind="stable")):
        if report["p_value"].iloc[index] >= alpha / (len(report) - k):
            break
        significant[index] = True
    report["drifted"] = significant & (report["effect_size"].to_numpy() >= min_effect)
    return report[RESULT_COLUMNS]
