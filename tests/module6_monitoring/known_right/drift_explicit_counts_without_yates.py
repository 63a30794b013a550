# Known-right for kata 6.2: the table of counts built by hand over the categories in order of
# first appearance, chi-squared without Yates' correction (which the spec accepts).


def _chi_squared(before, after):
    r = before.astype(object).to_numpy()
    c = after.astype(object).to_numpy()
    categories = list(dict.fromkeys(list(r) + list(c)))
    if len(categories) < 2:
        return 0.0, 1.0, 0.0
    table = np.array([[int((r == k).sum()) for k in categories], [int((c == k).sum()) for k in categories]])
    statistic, p_value, _, _ = chi2_contingency(table, correction=False)
    return float(statistic), float(p_value), float(np.sqrt(statistic / table.sum()))
