# Known-wrong for kata 3.1: "stratified" folds that are a shuffled k-fold; the labels are never used.


def stratified_kfold_indices(labels, n_splits, *, seed=0):
    return kfold_indices(len(labels), n_splits, shuffle=True, seed=seed)
