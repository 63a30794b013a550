# Known-wrong for kata 3.1: every fold gets n_rows // n_splits rows, so the remainder rows at the
# end are never validated.


def kfold_indices(n_rows, n_splits, *, shuffle=False, seed=None):
    _check_splits(n_rows, n_splits)
    order = np.random.default_rng(seed).permutation(n_rows) if shuffle else np.arange(n_rows)
    size = n_rows // n_splits
    return _folds_from_validation_sets(n_rows, [order[i * size:(i + 1) * size] for i in range(n_splits)])
