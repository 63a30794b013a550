# Known-right for kata 3.1: k-fold from explicit fold sizes, stratified folds by dealing each class
# on from where the previous class stopped, group folds from a heap, and the loop with X.take.

import heapq
from collections import Counter


def kfold_indices(n_rows, n_splits, *, shuffle=False, seed=None):
    if not 2 <= n_splits <= n_rows:
        raise ValueError("need 2 <= n_splits <= n_rows")
    order = np.random.default_rng(seed).permutation(n_rows) if shuffle else np.arange(n_rows)
    sizes = [n_rows // n_splits + (1 if i < n_rows % n_splits else 0) for i in range(n_splits)]
    folds, start = [], 0
    for size in sizes:
        validation = np.sort(order[start:start + size])
        folds.append((np.setdiff1d(np.arange(n_rows), validation), validation))
        start += size
    return folds


def stratified_kfold_indices(labels, n_splits, *, seed=0):
    labels = np.asarray(labels)
    if not 2 <= n_splits <= len(labels):
        raise ValueError("need 2 <= n_splits <= rows")
    rng = np.random.default_rng(seed)
    buckets = [[] for _ in range(n_splits)]
    position = 0
    for value in np.unique(labels):
        for row in rng.permutation(np.flatnonzero(labels == value)):
            buckets[position % n_splits].append(row)
            position += 1
    everything = np.arange(len(labels))
    return [(np.setdiff1d(everything, bucket), np.sort(np.asarray(bucket, dtype=int))) for bucket in buckets]


def group_kfold_indices(groups, n_splits):
    groups = list(groups)
    counts = Counter(groups)  # keys compared as Python compares them: 7 and "7" are two groups
    if not 2 <= n_splits <= len(counts):
        raise ValueError("need 2 <= n_splits <= distinct groups")
    heap = [(0, fold) for fold in range(n_splits)]
    fold_of = {}
    for key, count in sorted(counts.items(), key=lambda kc: -kc[1]):
        size, fold = heapq.heappop(heap)
        fold_of[key] = fold
        heapq.heappush(heap, (size + count, fold))
    row_folds = np.array([fold_of[g] for g in groups])
    everything = np.arange(len(groups))
    return [(everything[row_folds != f], everything[row_folds == f]) for f in range(n_splits)]


def cross_validate_model(model, X, y, folds, scoring="f1"):
    labels = np.asarray(y)
    scorer = get_scorer(scoring)
    return np.array([scorer(clone(model).fit(X.take(train), labels[train]), X.take(validation), labels[validation])
                     for train, validation in folds], dtype=float)
