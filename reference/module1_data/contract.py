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
    def normalised(name: str) -> str:
        return "".join(ch for ch in name.lower() if ch.isalnum())

    scored = sorted(
        ((difflib.SequenceMatcher(None, normalised(new), normalised(old)).ratio(), new, old)
         for new in unexpected for old in missing),
        key=lambda pair: -pair[0],  # stable: ties keep the callers' order
    )
    renames: dict[str, str] = {}
    for ratio, new, old in scored:
        if ratio >= 0.6 and new not in renames and old not in renames.values():
            renames[new] = old
    return renames


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
    present = [str(column) for column in frame.columns]
    missing = [column for column in expected if column not in present]
    unexpected = [column for column in present if column not in expected]
    if not missing and not unexpected:
        return
    parts = [f"missing {missing!r}" if missing else "", f"unexpected {unexpected!r}" if unexpected else ""]
    parts += [f"{new!r} looks like {old!r} renamed upstream"
              for new, old in suggest_renames(missing, unexpected).items()]
    raise ColumnContractError("columns do not match the contract: " + "; ".join(p for p in parts if p))
