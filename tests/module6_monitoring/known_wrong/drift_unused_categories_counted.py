# Known-wrong for kata 6.2: builds the table from value_counts() as it comes, and value_counts() of a
# categorical column lists the dtype's unused categories with count 0, a column of zeros that
# chi2_contingency refuses (an expected frequency of 0).


def _chi_squared(before, after):
    counts = pd.DataFrame({"reference": before.value_counts(), "current": after.value_counts()}).fillna(0).T
    table = counts.to_numpy(dtype=float)
    if table.shape[1] < 2:
        return 0.0, 1.0, 0.0
    statistic, p_value, _, _ = chi2_contingency(table)
    return float(statistic), float(p_value), math.sqrt(statistic / np.sum(table))
