"""Kata 7.5: a code-review checklist turned into a tool: find ML code smells with the AST."""

from __future__ import annotations

import ast
from typing import NamedTuple

#: The smells find_smells reports.
SMELL_CODES = ("fit-on-test", "scale-before-split", "no-random-state", "test-set-selection")

#: Calls that draw random numbers and so need ``random_state`` to be repeatable.
RANDOMISED_CALLS = ("train_test_split", "KFold", "StratifiedKFold", "ShuffleSplit",
                    "StratifiedShuffleSplit", "RandomizedSearchCV", "DecisionTreeClassifier",
                    "DecisionTreeRegressor", "RandomForestClassifier", "RandomForestRegressor",
                    "ExtraTreesClassifier", "ExtraTreesRegressor", "GradientBoostingClassifier",
                    "GradientBoostingRegressor", "XGBClassifier", "XGBRegressor")

#: Calls that split the rows into parts that must not have been seen by an earlier fit.
SPLITTING_CALLS = ("train_test_split", "cross_val_score", "cross_validate", "cross_val_predict")


class Smell(NamedTuple):
    """One finding of the checker: where, which smell, and what to do about it."""

    line: int
    code: str
    message: str


def find_smells(source: str) -> list[Smell]:
    """Return the ML code smells in the Python ``source``, sorted by line, then code.

    The source is parsed with :mod:`ast`, never run. A *test name* is a variable or attribute
    name one of whose underscore-separated parts, lowercased, is ``test``, ``xtest`` or
    ``ytest``: ``X_test``, ``y_test``, ``test_df``, ``df_test``, ``data.test_rows``, ``Xtest``.
    ``latest``, ``contest``, ``tests`` and ``testing`` are not test names. An expression
    *mentions the test set* when a test name appears anywhere inside it
    (``pd.concat([X_train, X_test])`` does).

    The smells, each reported on the line where its call starts:

    * ``fit-on-test``: a call of a method named ``fit``, ``fit_transform``, ``partial_fit``
      or ``fit_resample`` with an argument (positional or keyword) that mentions the test set.
    * ``scale-before-split``: a call of a method named ``fit`` or ``fit_transform`` on an
      earlier line than a call that splits the rows, in the same scope (the module body, or
      one function's body, not counting functions defined inside it). The splitting calls
      are ``SPLITTING_CALLS``: ``train_test_split`` and the cross-validation helpers
      (``cross_val_score``, ``cross_validate``, ``cross_val_predict``), whose folds are
      split from rows that the earlier fit has already seen.
    * ``no-random-state``: a call of one of ``RANDOMISED_CALLS`` (by bare name or as an
      attribute, ``ensemble.RandomForestClassifier``) without a ``random_state`` keyword, or
      with ``random_state=None``. Not a smell: ``KFold`` and ``StratifiedKFold`` without
      ``shuffle=True`` (they are deterministic), ``train_test_split`` with ``shuffle=False``,
      and any call that passes ``**kwargs`` (the seed may be in there). Also a smell: a
      pandas-style ``.sample(...)`` call (one with an ``n`` or ``frac`` keyword, or with no
      arguments) without ``random_state``.
    * ``test-set-selection``: a *test score* (a call of the ``score`` method or of a function
      or method whose name ends in ``_score``, ``_error`` or ``_loss``, with an argument that
      mentions the test set) that feeds a choice. It feeds a choice when the call, or a
      variable that holds it (assigned from an expression containing it or another such
      variable, or filled with ``.append``, ``.extend``, ``.add`` or ``.update``, or a loop
      variable iterating over one), appears in a comparison with anything but a literal
      number (``score > best``), or in an argument or the object of a call named ``max``,
      ``min``, ``sorted``, ``argmax``, ``argmin``, ``argsort``, ``idxmax`` or ``idxmin``.
      Variables are followed by name through the whole source. Reported on the test
      score's line. Evaluating on the test set is not a smell in itself: one final score,
      a bootstrap interval, per-group recall, or a quality gate against a fixed number
      (``assert score > 0.8``) choose nothing.

    A line with the same smell twice is reported once. ``message`` says in a sentence what
    is wrong and what to do.

    Args:
        source: Python source code.

    Returns:
        The smells found, an empty list for clean code.

    Raises:
        SyntaxError: if ``source`` is not valid Python.

    Example:
        >>> find_smells("scaler.fit(X_test)\\n")[0][:2]
        (1, 'fit-on-test')

    Why it matters: the same few mistakes account for most leaky or unrepeatable
    experiments, and a reviewer's eye tires; a checker in CI never does.
    """
    raise NotImplementedError("kata 7.5: implement find_smells")
