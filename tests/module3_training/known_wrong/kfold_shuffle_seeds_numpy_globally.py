# Known-wrong for kata 3.1: shuffles with np.random.seed(seed) and np.random.permutation: the
# same seed gives the same folds, but NumPy's global random state is reset as a side effect.


def kfold_indices(n_rows, n_splits, *, shuffle=False, seed=None):
    if n_splits < 2 or n_splits > n_rows:
        raise ValueError(f"n_splits must be between 2 and {n_rows}, got {n_splits}")
    rows = np.arange(n_rows)
    if shuffle:
        np.random.seed(seed)
        rows = np.random.permutation(n_rows)
    folds = []
    for validation in np.array_split(rows, n_splits):
        folds.append((np.setdiff1d(rows, validation), validation))
    return folds
