# Known-wrong for kata 3.1: group folds deal the groups to the folds in turn, in the order they
# appear, whatever their sizes: two small groups in one fold, two large ones in the other.


def group_kfold_indices(groups, n_splits):
    numbers = {}
    codes = np.array([numbers.setdefault(key, len(numbers)) for key in list(groups)], dtype=int)
    if n_splits < 2 or n_splits > len(numbers):
        raise ValueError("need 2 <= n_splits <= distinct groups")
    row_fold = codes % n_splits
    return _folds_from_validation_sets(len(codes), [np.flatnonzero(row_fold == f) for f in range(n_splits)])
