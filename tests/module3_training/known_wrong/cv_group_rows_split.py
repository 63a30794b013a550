# Known-wrong for kata 3.1: group folds cut the rows in order, so a group can straddle two folds.


def group_kfold_indices(groups, n_splits):
    if n_splits < 2 or n_splits > len(set(np.asarray(groups).tolist())):
        raise ValueError("not enough groups")
    return kfold_indices(len(groups), n_splits)
