"""Kata 2.5: flag target proxies and identifiers before they reach a model."""

from __future__ import annotations

import numpy as np
import pandas as pd

IDENTIFIER = "identifier"
TARGET_PROXY = "target_proxy"
#: Text and categories are scored out of fold, with this many folds.
FOLDS = 5


def single_column_auc(values: pd.Series, target: pd.Series) -> float | None:
    """How well one column alone ranks the positives above the negatives (ROC AUC).

    Numbers (and booleans) are used as scores directly; rows where a number is missing are left
    out. Text and categories are scored by their *out-of-fold* target rate: deal the rows into
    ``FOLDS`` folds of near-equal size (any fixed assignment, e.g. row i to fold i % 5), and
    score each row by the share of positives among the rows of the *other* folds that have the
    same value; a value the other folds never show scores the other folds' overall share of
    positives. Missing text forms one more value. Ties count one half.

    Why out of fold: a row's own label must not take part in its own score. The in-sample rate
    (``target.groupby(values).transform("mean")``) gives a value seen on one or two rows the
    label of those rows, so any column with many values (a random code with 400 levels on 800
    rows scores AUC about 0.96) looks like a perfect proxy. Out of fold, such a column scores
    about 0.5, as it should.

    Args:
        values: one column.
        target: the 0/1 or boolean target, same index.

    Returns:
        The AUC in [0, 1] (0.5: no signal; 1.0 or 0.0: perfect in one direction), or None when
        the scored rows hold only one class.

    Example:
        >>> single_column_auc(pd.Series([3, 200, 5, 180]), pd.Series([True, False, True, False]))
        0.0

    Why it matters: the AUC of a single column is a quick, model-free measure of how much it
    knows about the target; near 0 or 1 it knows too much to be true.
    """
    target = target.astype(bool)
    if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        scores = values.astype("float64")
    else:
        categories = values.astype("object").where(values.notna(), "<missing>")
        scores = _out_of_fold_rates(categories, target)
    present = scores.notna()
    scores, target = scores[present], target[present]
    positives, negatives = int(target.sum()), int((~target).sum())
    if positives == 0 or negatives == 0:
        return None
    ranks = scores.rank(method="average")  # ties share their rank: they count one half
    return float((ranks[target].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def flag_suspicious_columns(frame: pd.DataFrame, target: str,
                            proxy_threshold: float = 0.95) -> dict[str, str]:
    """Flag the columns a model must not be given: identifiers and proxies of the target.

    * ``IDENTIFIER``: an integer or text column (not bool) with no missing values and a
      different value in every row, on at least two rows. Floats are measurements, never
      identifiers.
    * ``TARGET_PROXY``: any other column whose ``single_column_auc`` is at least
      ``proxy_threshold`` away from chance in either direction:
      ``max(auc, 1 - auc) >= proxy_threshold``. A column scored None is not a proxy.

    The target column itself is never flagged; identifier wins when both would apply.

    Args:
        frame: the data, target included. It is not modified.
        target: the name of the boolean or 0/1 target column.
        proxy_threshold: in (0.5, 1].

    Returns:
        ``{column: IDENTIFIER or TARGET_PROXY}`` for the flagged columns only.

    Raises:
        KeyError: when ``target`` is not a column.

    Example:
        >>> flag_suspicious_columns(pokemon, "is_legendary")  # doctest: +SKIP
        {'pokemon_id': 'identifier', 'name': 'identifier', 'capture_rate': 'target_proxy'}

    Why it matters: a 99% score is usually a column that knows the answer: something recorded
    after the fact, or derived from the label. Checking every column automatically finds it
    before it reaches a model, and long before production does.
    """
    if target not in frame.columns:
        raise KeyError(f"no target column {target!r}")
    flags = {}
    for column in frame.columns.drop(target):
        values = frame[column]
        if _is_identifier(values):
            flags[column] = IDENTIFIER
            continue
        auc = single_column_auc(values, frame[target])
        if auc is not None and max(auc, 1 - auc) >= proxy_threshold:  # a perfect inverse knows as much
            flags[column] = TARGET_PROXY
    return flags


def _out_of_fold_rates(categories: pd.Series, target: pd.Series) -> pd.Series:
    """Each row's target rate of its value, learned from the other folds only."""
    fold = np.arange(len(categories)) % FOLDS
    labels = target.to_numpy(dtype="float64")
    values = categories.to_numpy(dtype=object)
    scores = np.full(len(categories), np.nan)
    for held_out in range(FOLDS):
        rows = fold == held_out
        if not rows.any() or rows.all():
            continue  # one row alone has no other fold to learn from: it stays unscored
        rates = pd.Series(labels[~rows]).groupby(values[~rows]).mean()
        scores[rows] = pd.Series(values[rows]).map(rates).fillna(labels[~rows].mean()).to_numpy()
    return pd.Series(scores, index=categories.index)


def _is_identifier(values: pd.Series) -> bool:
    kind_fits = pd.api.types.is_integer_dtype(values) or pd.api.types.is_string_dtype(values) \
        or pd.api.types.is_object_dtype(values)
    return (kind_fits and not pd.api.types.is_bool_dtype(values) and len(values) >= 2
            and values.notna().all() and values.is_unique)
