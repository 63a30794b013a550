# Known-wrong for kata 3.1: every fold takes n_rows // n_splits rows and the last fold takes the
# rest, so the last fold can be several rows larger than the others.


def kfold_indices(n_rows, n_splits, *, shuffle=False, seed=None):
    _check_splits(n_rows, n_splits)
    order = np.random.default_rng(seed).permutation(n_rows) if shuffle else np.arange(n_rows)
    size = n_rows // n_splits
    pieces = [order[i * size:(i + 1) * size] for i in range(n_splits - 1)] + [order[(n_splits - 1) * size:]]
    return _folds_from_validation_sets(n_rows, pieces)
