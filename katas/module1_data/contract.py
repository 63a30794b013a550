"""Kata 1.6: catch an upstream column rename before the model sees the data."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import pandas as pd


class ColumnContractError(ValueError):
    """The frame's columns break the contract: some are missing, some are unexpected."""


def suggest_renames(missing: Sequence[str], unexpected: Sequence[str]) -> dict[str, str]:
    """Guess which unexpected columns are renamed missing ones.

    Two names are compared by their *normalised* form: lowercase, with every character that
    is not a letter or digit removed, letters and digits of any alphabet counting as
    ``str.isalnum`` decides (``"Sp. Atk"`` -> ``"spatk"``, ``"Attack "`` -> ``"attack"``,
    ``"ポポン (new)"`` -> ``"ポポンnew"``). An unexpected column is paired with a missing one when the normalised forms
    are equal, or when ``difflib.SequenceMatcher(None, a, b).ratio()`` of the normalised forms
    is at least 0.6 (0.6 itself included). Each column is used at most once: pairs are made
    best ratio first (not in the order the columns are listed), and pairs below 0.6 are never
    made. Among pairs with equal ratios, the one whose unexpected column comes first in
    ``unexpected`` is made first; then the one whose missing column comes first in ``missing``.

    Args:
        missing: columns the contract expects but the frame lacks.
        unexpected: columns the frame has but the contract does not expect.

    Returns:
        ``{unexpected_name: missing_name}`` for every pair found (possibly empty).

    Example:
        >>> suggest_renames(["hp", "sp_attack"], ["HP", "sp_atk", "colour"])
        {'HP': 'hp', 'sp_atk': 'sp_attack'}

    Why it matters: "column hp is missing" sends someone searching; "HP looks like hp,
    renamed upstream?" points at the fix.
    """
    raise NotImplementedError("kata 1.6: implement suggest_renames")


def check_columns(frame: pd.DataFrame, expected: Sequence[str]) -> None:
    """Check that ``frame`` has exactly the ``expected`` columns, before a model reads it.

    Column order does not matter; names are compared exactly (``"HP"`` is not ``"hp"``).

    Args:
        frame: the incoming data. It is not modified.
        expected: the column names the model was trained on.

    Returns:
        ``None`` when the columns match.

    Raises:
        ColumnContractError: when any expected column is missing or any column is unexpected.
            The message names every missing column and every unexpected column (each in
            quotes, as ``repr`` writes them: ``'hp'``), and for each pair found by
            :func:`suggest_renames` contains ``'<unexpected>' looks like '<missing>'``, e.g.::

                columns do not match the contract: missing ['hp']; unexpected ['HP'];
                'HP' looks like 'hp' renamed upstream

    Example:
        >>> check_columns(pd.DataFrame(columns=["hp", "attack"]), ["attack", "hp"])  # passes
        >>> check_columns(pd.DataFrame(columns=["HP", "attack"]), ["hp", "attack"])
        Traceback (most recent call last):
        ColumnContractError: columns do not match the contract: missing ['hp']; ...

    Why it matters: a renamed column rarely crashes a pipeline. It becomes a column of
    missing values, gets filled with a default, and the model quietly gets worse. Checking
    names at the door turns that into a loud error that says what to fix.
    """
    raise NotImplementedError("kata 1.6: implement check_columns")
