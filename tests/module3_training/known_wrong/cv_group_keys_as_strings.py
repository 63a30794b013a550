# Known-wrong for kata 3.1: group keys are numbered with np.unique, which turns 7 and "7" into one
# string (and cannot hold tuple keys): two customers become one group.


def group_kfold_indices(groups, n_splits):
    keys = np.array([str(key) for key in list(groups)])
    uniques, codes, sizes = np.unique(keys, return_inverse=True, return_counts=True)
    if n_splits < 2 or n_splits > len(uniques):
        raise ValueError("need 2 <= n_splits <= distinct groups")
    fold_of_group = np.empty(len(uniques), dtype=int)
    fold_sizes = np.zeros(n_splits, dtype=int)
    for group in np.argsort(-sizes, kind="stable"):
        fold = int(np.argmin(fold_sizes))
        fold_of_group[group] = fold
        fold_sizes[fold] += sizes[group]
    row_fold = fold_of_group[codes]
    return _folds_from_validation_sets(len(keys), [np.flatnonzero(row_fold == f) for f in range(n_splits)])
