# Known-right for kata 1.1: vectorised string methods and pd.to_numeric, text kept as object columns,
# duplicates dropped keeping the last copy (identical rows, so either copy is the same row).

from __future__ import annotations

from pathlib import Path

import pandas as pd

POKEMON_COLUMNS = (
    "pokemon_id", "name", "type1", "type2", "hp", "attack", "defense", "sp_attack",
    "sp_defense", "speed", "generation", "height_m", "weight_kg", "capture_rate", "is_legendary",
)

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")

HEADERS = {"Pokemon ID": "pokemon_id", "Name": "name", "Type 1": "type1", "Type 2": "type2",
           "HP": "hp", "Attack": "attack", "Defense": "defense", "Sp. Atk": "sp_attack",
           "Sp. Def": "sp_defense", "Speed": "speed", "Generation": "generation",
           "Capture Rate": "capture_rate", "Height (m)": "height_m", "Weight (kg)": "weight_kg",
           "Legendary": "is_legendary"}


def load_raw_pokemon(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(path)
    raw = pd.read_csv(path, dtype=object, na_filter=False, encoding="utf-8")
    raw.columns = [HEADERS[c.strip()] for c in raw.columns]
    frame = pd.DataFrame({"name": raw["name"].str.strip()})
    for col in ("type1", "type2"):
        text = raw[col].str.strip()
        frame[col] = text.str.title().where(~text.str.upper().isin(["", "NONE", "-", "NA"]))
    numbers = {}
    for col in ("pokemon_id", *STAT_COLUMNS, "generation", "capture_rate", "height_m", "weight_kg"):
        text = raw[col].str.strip().str.removesuffix("kg").str.strip()
        numbers[col] = pd.to_numeric(text, errors="coerce")
    frame = frame.assign(**numbers)
    legendary = raw["is_legendary"].str.strip().str.lower()
    frame["is_legendary"] = legendary.isin(["true", "yes", "1"])
    stats = frame[list(STAT_COLUMNS)]
    ok = stats.apply(lambda s: s.notna() & (s % 1 == 0) & s.between(1, 255)).all(axis=1)
    frame = frame.loc[ok].astype({c: "int64" for c in ("pokemon_id", *STAT_COLUMNS, "generation", "capture_rate")})
    frame = frame[list(POKEMON_COLUMNS)].drop_duplicates(keep="last")
    return frame.sort_values("pokemon_id", kind="mergesort", ignore_index=True)
