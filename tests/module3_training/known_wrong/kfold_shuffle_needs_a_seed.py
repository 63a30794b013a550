# Known-wrong for kata 3.1: shuffle=True without a seed keeps the rows in order.


def kfold_indices(n_rows, n_splits, *, shuffle=False, seed=None):
    _check_splits(n_rows, n_splits)
    order = np.arange(n_rows)
    if shuffle and seed is not None:
        order = np.random.default_rng(seed).permutation(n_rows)
    return _folds_from_validation_sets(n_rows, np.array_split(order, n_splits))
