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

# The raw export's headers, normalised (lowercase, no spaces or punctuation), to our names.
_RAW_NAMES = {
    "pokemonid": "pokemon_id", "name": "name", "type1": "type1", "type2": "type2", "hp": "hp",
    "attack": "attack", "defense": "defense", "spatk": "sp_attack", "spdef": "sp_defense",
    "speed": "speed", "generation": "generation", "heightm": "height_m", "weightkg": "weight_kg",
    "capturerate": "capture_rate", "legendary": "is_legendary",
}
_MISSING_TEXT = {"", "-", "none", "na", "n/a", "nan", "null"}
_TRUE, _FALSE = {"true", "yes", "1", "1.0"}, {"false", "no", "0", "0.0"}


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
    # Read everything as text first: parsing is our job, not read_csv's guesswork.
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    raw = raw.rename(columns=lambda header: _RAW_NAMES[_normalise(header)])

    frame = pd.DataFrame({
        "pokemon_id": _numbers(raw["pokemon_id"]),
        "name": raw["name"].str.strip(),
        "type1": raw["type1"].str.strip().str.title(),
        "type2": _types_or_missing(raw["type2"]),
        **{column: _numbers(raw[column]) for column in STAT_COLUMNS},
        "generation": _numbers(raw["generation"]),
        "height_m": _numbers(raw["height_m"]),
        "weight_kg": _numbers(raw["weight_kg"].str.replace("kg", "", regex=False)),
        "capture_rate": _numbers(raw["capture_rate"]),
        "is_legendary": raw["is_legendary"].str.strip().str.lower(),
    })
    # A stat we cannot trust cannot be guessed either: drop the row rather than invent a value.
    stats = frame[list(STAT_COLUMNS)]
    repairable = (stats.notna() & (stats % 1 == 0) & stats.ge(1) & stats.le(255)).all(axis=1)
    frame = frame[repairable]

    frame["is_legendary"] = frame["is_legendary"].map(_boolean)
    integers = ["pokemon_id", *STAT_COLUMNS, "generation", "capture_rate"]
    frame = frame.astype({**dict.fromkeys(integers, "int64"), "is_legendary": "bool"})
    # Duplicates are only visible once spellings agree, so deduplicate after parsing.
    frame = frame.drop_duplicates().sort_values("pokemon_id").reset_index(drop=True)
    return frame[list(POKEMON_COLUMNS)]


def _normalise(header: str) -> str:
    return "".join(ch for ch in header.lower() if ch.isalnum())


def _numbers(text: pd.Series) -> pd.Series:
    """Text to float64; anything that is not a number becomes NaN."""
    return pd.to_numeric(text.str.strip(), errors="coerce").astype("float64")


def _types_or_missing(text: pd.Series) -> pd.Series:
    cleaned = text.str.strip()
    return cleaned.str.title().where(~cleaned.str.lower().isin(_MISSING_TEXT))


def _boolean(text: str) -> bool:
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"not a boolean: {text!r}")
