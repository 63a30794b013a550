"""Kata 1.3: break the data on purpose, five ways, and watch the contract catch each one."""

from __future__ import annotations

import pandas as pd

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def out_of_range_stat(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` in which one base stat of one row lies outside 1-255.

    Every fault function in this file follows the same rules:

    * ``frame`` is a valid table shaped like ``pokemon.csv`` (it passes the schema of kata
      1.2) with at least one row; an empty frame raises ``ValueError`` (a fault needs a row).
    * ``frame`` itself is never modified: corrupt a copy.
    * The copy carries exactly one fault of the function's kind and nothing else: same
      columns, same dtypes and same index as ``frame``, exactly one cell different (except
      :func:`duplicate_id`, which adds one row).
    * Which row (and here, which stat) you break is your choice.

    Here the changed cell is one of ``STAT_COLUMNS`` and its new value is a whole number below 1
    or above 255, so the column stays ``int64``.

    Example:
        >>> out_of_range_stat(table).loc[0, "hp"]   # if you chose row 0 and hp
        999

    Why it matters: a validation rule you have never seen fire is a rule you cannot trust.
    Breaking data on purpose proves each check works, and shows what its failure looks like
    before production shows you.
    """
    raise NotImplementedError("kata 1.3: implement out_of_range_stat")


def unknown_type(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` in which one row's ``type1`` is not one of the 18 types.

    Follows the rules of :func:`out_of_range_stat`. The new value is a non-empty string that is
    not in ``TYPES`` of kata 1.2 (e.g. ``"Plasma"``).

    Example:
        >>> unknown_type(table).loc[0, "type1"]
        'Plasma'

    Why it matters: categories grow upstream ("we added a new type") and a model trained on 18
    types meets a 19th in production; the schema is where you want to find out.
    """
    raise NotImplementedError("kata 1.3: implement unknown_type")


def duplicate_id(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` with one extra row: an exact copy of one of its rows.

    Follows the rules of :func:`out_of_range_stat`, except that instead of changing a cell the
    copy has one more row, so one ``pokemon_id`` (and one name) now appears twice. The original
    rows are unchanged, index labels included; the extra row's index label and position are your
    choice.

    Example:
        >>> len(duplicate_id(table)) == len(table) + 1
        True

    Why it matters: duplicates inflate counts, bias training towards the repeated rows and, if
    the copies land on both sides of a train/test split, leak test answers into training.
    """
    raise NotImplementedError("kata 1.3: implement duplicate_id")


def missing_name(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` in which one row's ``name`` (a required value) is missing.

    Follows the rules of :func:`out_of_range_stat`. The changed cell becomes missing (``None``
    or ``NaN``: ``pd.isna`` is true); the column keeps its dtype.

    Example:
        >>> missing_name(table)["name"].isna().sum()
        1

    Why it matters: a missing required value is often silently filled or dropped downstream;
    the contract should name it as a fault of the source instead.
    """
    raise NotImplementedError("kata 1.3: implement missing_name")


def type2_same_as_type1(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` in which one row's ``type2`` equals its ``type1``.

    Follows the rules of :func:`out_of_range_stat`. Each value alone is a valid type: only the
    combination of the two columns is wrong, so only a cross-column check can catch it.

    Example:
        >>> row = type2_same_as_type1(table).iloc[0]
        >>> row["type2"] == row["type1"]
        True

    Why it matters: many real faults live between columns (an end date before its start, a
    total that is not the sum of its parts); column-by-column checks never see them.
    """
    raise NotImplementedError("kata 1.3: implement type2_same_as_type1")
