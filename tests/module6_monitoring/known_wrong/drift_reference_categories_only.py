# Known-wrong for kata 6.2: counts the batch's categories against the reference's list only, so a
# category that appears only in the batch is dropped.


def _chi_squared(before, after):
    reference_counts = before.value_counts()
    current_counts = after.value_counts().reindex(reference_counts.index, fill_value=0)
    table = np.array([reference_counts.to_numpy(), current_counts.to_numpy()], dtype=float)
    if table.shape[1] < 2 or table[1].sum() == 0:
        return 0.0, 1.0, 0.0
    statistic, p_value, _, _ = chi2_contingency(table)
    return float(statistic), float(p_value), math.sqrt(statistic / np.sum(table))
