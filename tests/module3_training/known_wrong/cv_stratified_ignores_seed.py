# Known-wrong for kata 3.1: deals each class out in its original order, never shuffling, so the
# seed changes nothing and sorted data gives the same folds every time.


def stratified_kfold_indices(labels, n_splits, *, seed=0):
    labels = np.asarray(labels)
    _check_splits(len(labels), n_splits)
    _, codes = np.unique(labels, return_inverse=True)
    by_class = np.concatenate([np.flatnonzero(codes == c) for c in range(codes.max(initial=-1) + 1)])
    return _folds_from_validation_sets(len(labels), [by_class[fold::n_splits] for fold in range(n_splits)])
