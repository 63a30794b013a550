# Known-wrong for kata 3.1: reads each class's rows from a Series' index (labels) instead of its
# positions, so labels with another index are dealt out as the wrong rows.


def stratified_kfold_indices(labels, n_splits, *, seed=0):
    labels = labels if isinstance(labels, pd.Series) else pd.Series(list(labels))
    if n_splits < 2 or n_splits > len(labels):
        raise ValueError(f"n_splits must be between 2 and {len(labels)}")
    rng = np.random.default_rng(seed)
    validation = [[] for _ in range(n_splits)]
    dealt = 0
    for label in pd.unique(labels):
        rows = rng.permutation(labels.index[labels == label].to_numpy())
        for row in rows:
            validation[dealt % n_splits].append(int(row))
            dealt += 1
    everything = np.arange(len(labels))
    return [(np.setdiff1d(everything, fold), np.sort(np.asarray(fold, dtype=int))) for fold in validation]
