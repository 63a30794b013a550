# Known-wrong for kata 4.6: one row per group in the order the groups first appear, not sorted.

_sorted_group_rates = group_rates  # the right table, then put back in order of appearance


def group_rates(y_true, y_pred, groups):
    table = _sorted_group_rates(y_true, y_pred, groups)
    order = pd.unique(np.asarray(groups))
    return table.set_index("group").loc[order].reset_index()[RATE_COLUMNS]
