# Known-wrong for kata 6.2: when only one category occurs, returns NaN for the p-value and the
# effect size (what scipy would give) instead of the spec's effect size 0.


def _chi_squared(before, after):
    counts = pd.DataFrame({"reference": before.value_counts(), "current": after.value_counts()}).fillna(0).T
    table = counts.to_numpy(dtype=float)
    table = table[:, table.sum(axis=0) > 0]
    if table.shape[1] < 2:
        return 0.0, float("nan"), float("nan")
    statistic, p_value, _, _ = chi2_contingency(table)
    return float(statistic), float(p_value), math.sqrt(statistic / np.sum(table))
