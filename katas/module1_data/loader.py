"""Kata 1.1: load and standardise the messy raw export."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

#: The clean table's columns, in order (see data/README.md).
POKEMON_COLUMNS = (
    "pokemon_id", "name", "type1", "type2", "hp", "attack", "defense", "sp_attack",
    "sp_defense", "speed", "generation", "height_m", "weight_kg", "capture_rate", "is_legendary",
)

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def load_raw_pokemon(path: str | Path) -> pd.DataFrame:
    """Load the messy raw Pokémon export and return it standardised like ``pokemon.csv``.

    The raw file (``data/generated/raw/pokemon_raw.csv``, described in ``data/README.md``) is
    what an upstream system exports: odd headers, text in random case, numbers with units,
    several spellings of "missing" and of true/false, duplicate rows, and a few broken rows.

    Args:
        path: the raw CSV file (UTF-8).

    Returns:
        A new DataFrame with exactly the columns of ``POKEMON_COLUMNS``, in that order:

        * headers renamed to snake_case (``Pokemon ID`` -> ``pokemon_id``, ``Type 1`` ->
          ``type1``, ``Sp. Atk`` -> ``sp_attack``, ``Height (m)`` -> ``height_m``,
          ``Legendary`` -> ``is_legendary``);
        * ``name`` stripped of surrounding spaces (unicode kept as is: ``Flabébé``); a name is
          never missing, even one spelt like a missing marker (``NA``, ``None``);
        * ``type1`` and ``type2`` stripped and title-cased (`` fire`` -> ``Fire``); an empty
          ``type2``, ``None``, ``-`` or ``NA`` becomes missing (NaN); text columns are strings
          (pandas' ``str`` dtype or ``object``);
        * ``pokemon_id``, the six stats, ``generation`` and ``capture_rate`` as ``int64``;
          ``height_m`` and ``weight_kg`` as ``float64`` (a trailing `` kg`` removed);
        * ``is_legendary`` as ``bool`` (``True``/``TRUE``/``yes``/``1`` are true,
          ``False``/``false``/``no``/``0`` false);
        * rows that are identical after standardising kept once;
        * rows that cannot be repaired dropped: a base stat (``hp``, ``attack``, ``defense``,
          ``sp_attack``, ``sp_defense``, ``speed``) that is missing, not a number, not whole,
          or outside 1-255;
        * sorted by ``pokemon_id``, with a fresh index 0..n-1.

    Raises:
        FileNotFoundError: if ``path`` does not exist.

    Example:
        A raw row ``"7 ", "Flabébé ", " fairy", "NA", "44", ... "7.5 kg", "yes"`` becomes
        ``7, "Flabébé", "Fairy", NaN, 44, ... 7.5, True``; a row with ``HP`` = ``"?"`` is
        dropped.

    Why it matters: every later step trusts these columns. A loader that quietly keeps a
    ``9999`` HP or reads ``"no"`` as true poisons every model trained downstream, and nobody
    notices until production.
    """
    raise NotImplementedError("kata 1.1: implement load_raw_pokemon")
