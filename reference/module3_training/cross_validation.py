"""Kata 3.1: cross-validation from scratch (k-fold, stratified, group) and the loop that uses it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, clone
from sklearn.metrics import get_scorer

Folds = list[tuple[np.ndarray, np.ndarray]]


def kfold_indices(n_rows: int, n_splits: int, *, shuffle: bool = False,
                  seed: int | None = None) -> Folds:
    """Split row positions ``0 .. n_rows - 1`` into ``n_splits`` folds.

    Each fold is a pair ``(train, validation)`` of integer NumPy arrays of row positions. Every
    row is in exactly one validation fold; a fold's training rows are all the other rows.
    Validation folds differ in size by at most one row (the first ``n_rows % n_splits`` folds
    get one extra row). Without ``shuffle`` rows keep their order; with ``shuffle`` they are
    permuted first by ``numpy.random.default_rng(seed)``, so the same seed gives the same folds
    (a generator of its own: NumPy's global random state is neither used nor changed).

    Args:
        n_rows: how many rows the dataset has.
        n_splits: how many folds, at least 2 and at most ``n_rows``.
        shuffle: permute the rows before cutting them into folds.
        seed: seed of the shuffle (ignored without ``shuffle``).

    Returns:
        A list of ``n_splits`` pairs ``(train_positions, validation_positions)``.

    Raises:
        ValueError: if ``n_splits < 2`` or ``n_splits > n_rows``.

    Example:
        >>> [val.tolist() for _, val in kfold_indices(5, 2)]
        [[0, 1, 2], [3, 4]]

    Why it matters: every model comparison you make rests on these folds. A fold that silently
    drops rows, or validates on rows it trained on, makes every later number a little wrong.
    """
    _check_splits(n_rows, n_splits)
    order = np.arange(n_rows)
    if shuffle:
        order = np.random.default_rng(seed).permutation(n_rows)
    # array_split hands the remainder out one row at a time, so sizes differ by at most one.
    return _folds_from_validation_sets(n_rows, np.array_split(order, n_splits))


def stratified_kfold_indices(labels: Sequence | np.ndarray | pd.Series, n_splits: int, *,
                             seed: int = 0) -> Folds:
    """Split rows into folds that each keep the class balance of ``labels``.

    For every class, its count in each validation fold is within one row of
    ``class_count / n_splits`` (so a class of 64 rows over 5 folds puts 12 or 13 in each), and
    validation folds differ in size by at most one row. Every row is in exactly one validation
    fold. Within each class rows are shuffled with ``numpy.random.default_rng(seed)``: the same
    seed gives the same folds (NumPy's global random state is neither used nor changed). A class
    with fewer rows than ``n_splits`` is allowed (some folds
    then get none of it).

    Args:
        labels: one class label per row (any hashable values: 0/1, True/False, strings).
        n_splits: how many folds, at least 2 and at most the number of rows.
        seed: seed of the within-class shuffle.

    Returns:
        A list of ``n_splits`` pairs ``(train_positions, validation_positions)`` of integer
        NumPy arrays of row positions.

    Raises:
        ValueError: if ``n_splits < 2`` or ``n_splits > len(labels)``.

    Example:
        >>> folds = stratified_kfold_indices([0] * 8 + [1] * 2, n_splits=2, seed=0)
        >>> [int(np.sum(np.array([0] * 8 + [1] * 2)[val])) for _, val in folds]
        [1, 1]

    Why it matters: with 8% legendaries, a plain k-fold can leave a fold with almost none, and
    that fold's F1 is noise. Stratifying makes every fold a small copy of the whole.
    """
    labels = np.asarray(labels)
    _check_splits(len(labels), n_splits)
    rng = np.random.default_rng(seed)
    # Sort rows by class (shuffled within each class), then deal them out round-robin: each
    # class is spread evenly, and the dealing carries on across classes, so sizes stay even.
    _, codes = np.unique(labels, return_inverse=True)
    by_class = np.concatenate([rng.permutation(np.flatnonzero(codes == c))
                               for c in range(codes.max(initial=-1) + 1)])
    validation_sets = [by_class[fold::n_splits] for fold in range(n_splits)]
    return _folds_from_validation_sets(len(labels), validation_sets)


def group_kfold_indices(groups: Sequence | np.ndarray | pd.Series, n_splits: int) -> Folds:
    """Split rows into folds so that all rows of a group land in the same validation fold.

    A group is, for instance, one species seen several times, one customer, or one day. No group
    may appear on both sides of a fold. Every row is in exactly one validation fold and no
    validation fold is empty. Balance the folds by rows: the largest validation fold may exceed
    the smallest by at most the rows of the largest group (giving each group, largest first, to
    the fold with the fewest rows so far guarantees it); the exact assignment is yours. Keys are
    compared as Python compares them: ``1`` and ``"1"`` are two groups, and a tuple such as
    ``("ash", 1)`` is one key.

    Args:
        groups: one group key per row (any hashable values).
        n_splits: how many folds, at least 2 and at most the number of distinct groups.

    Returns:
        A list of ``n_splits`` pairs ``(train_positions, validation_positions)`` of integer
        NumPy arrays of row positions.

    Raises:
        ValueError: if ``n_splits < 2`` or there are fewer distinct groups than ``n_splits``.

    Example:
        >>> folds = group_kfold_indices(["a", "a", "b", "c"], n_splits=2)
        >>> sorted(sorted(val.tolist()) for _, val in folds)
        [[0, 1], [2, 3]]

    Why it matters: duplicates and repeated customers straddling a split let a model score on
    rows it has, in effect, already seen. Group folds give the honest estimate for new groups.
    """
    # A dict numbers the keys: it compares them as Python does (np.unique would turn 1 and "1"
    # into one string and cannot hold tuples). list() reads a Series by position.
    numbers: dict = {}
    codes = np.array([numbers.setdefault(key, len(numbers)) for key in list(groups)], dtype=int)
    sizes = np.bincount(codes, minlength=len(numbers))
    if n_splits < 2 or n_splits > len(numbers):
        raise ValueError(f"n_splits={n_splits} needs 2 <= n_splits <= {len(numbers)} distinct groups")
    fold_of_group = np.empty(len(numbers), dtype=int)
    fold_sizes = np.zeros(n_splits, dtype=int)
    for group in np.argsort(-sizes, kind="stable"):  # largest group first, to the smallest fold
        fold = int(np.argmin(fold_sizes))
        fold_of_group[group] = fold
        fold_sizes[fold] += sizes[group]
    row_fold = fold_of_group[codes]
    return _folds_from_validation_sets(len(groups), [np.flatnonzero(row_fold == f)
                                                     for f in range(n_splits)])


def cross_validate_model(model: BaseEstimator, X: pd.DataFrame, y: pd.Series | np.ndarray,
                         folds: Folds, scoring: str = "f1") -> np.ndarray:
    """Score ``model`` on each fold: fit a fresh copy on the training rows, score the validation rows.

    Use ``sklearn.base.clone`` to get a fresh, unfitted copy of ``model`` for every fold, and
    ``sklearn.metrics.get_scorer(scoring)`` to score it, so the result equals
    ``sklearn.model_selection.cross_val_score(model, X, y, cv=folds, scoring=scoring)``.
    The ``model`` passed in is never fitted itself.

    Args:
        model: an unfitted scikit-learn estimator (or pipeline).
        X: the features, one row per example (a DataFrame; select rows by position).
        y: the labels, aligned with ``X`` by position.
        folds: ``(train_positions, validation_positions)`` pairs, e.g. from the functions above.
        scoring: a scikit-learn scorer name such as ``"f1"``, ``"accuracy"`` or ``"roc_auc"``.

    Returns:
        A float NumPy array with one score per fold, in fold order.

    Example:
        >>> scores = cross_validate_model(LogisticRegression(), X, y, kfold_indices(len(X), 5))
        >>> scores.shape
        (5,)

    Why it matters: reusing one fitted model across folds lets state from an earlier fold leak
    into the next (warm starts, fitted encoders); a fresh clone per fold is the honest default.
    """
    y = np.asarray(y)
    scorer = get_scorer(scoring)
    scores = []
    for train, validation in folds:
        fitted = clone(model).fit(X.iloc[train], y[train])
        scores.append(scorer(fitted, X.iloc[validation], y[validation]))
    return np.asarray(scores, dtype=float)


def _check_splits(n_rows: int, n_splits: int) -> None:
    if n_splits < 2 or n_splits > n_rows:
        raise ValueError(f"n_splits={n_splits} needs 2 <= n_splits <= n_rows={n_rows}")


def _folds_from_validation_sets(n_rows: int, validation_sets: list[np.ndarray]) -> Folds:
    folds = []
    for validation in validation_sets:
        in_validation = np.zeros(n_rows, dtype=bool)
        in_validation[validation] = True
        folds.append((np.flatnonzero(~in_validation), np.sort(validation).astype(int)))
    return folds
