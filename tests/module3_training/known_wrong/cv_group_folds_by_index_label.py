# Known-wrong for kata 3.1: group folds collect a group's rows from the Series' index labels, not positions.


def group_kfold_indices(groups, n_splits):
    series = groups if isinstance(groups, pd.Series) else pd.Series(list(groups))
    if n_splits < 2 or series.nunique() < n_splits:
        raise ValueError(f"n_splits={n_splits} needs at least that many distinct groups")
    members = series.groupby(series, sort=False).groups  # index labels, not positions
    fold_rows = [[] for _ in range(n_splits)]
    fold_sizes = [0] * n_splits
    for key in sorted(members, key=lambda key: -len(members[key])):
        fold = fold_sizes.index(min(fold_sizes))
        fold_rows[fold].extend(members[key])
        fold_sizes[fold] += len(members[key])
    return _folds_from_validation_sets(len(series), [np.sort(np.array(rows, dtype=int)) for rows in fold_rows])
