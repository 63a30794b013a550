# Known-wrong for kata 6.2: Cramér's V divided by n * (k - 1), the number of categories less one,
# instead of n * min(2 - 1, k - 1) = n for a 2 x k table, so a column with many categories gets a
# smaller effect size.


def _chi_squared(before, after):
    counts = pd.DataFrame({"reference": before.value_counts(), "current": after.value_counts()}).fillna(0).T
    table = counts.to_numpy(dtype=float)
    table = table[:, table.sum(axis=0) > 0]
    if table.shape[1] < 2:
        return 0.0, 1.0, 0.0
    statistic, p_value, _, _ = chi2_contingency(table)
    return float(statistic), float(p_value), math.sqrt(statistic / (np.sum(table) * (table.shape[1] - 1)))
