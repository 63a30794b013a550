"""Kata 2.5: flag target proxies and identifiers before they reach a model."""

from __future__ import annotations

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
    raise NotImplementedError("kata 2.5: implement single_column_auc")


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
    raise NotImplementedError("kata 2.5: implement flag_suspicious_columns")
