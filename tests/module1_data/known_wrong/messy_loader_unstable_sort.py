# Known-wrong for kata 1.4: sorts with sort_values' default (quicksort), which is not stable, so
# rows that share a pokemon_id can come back in another order than they came in.
from __future__ import annotations

import pandas as pd

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def prepare_pokemon(frame: pd.DataFrame, sample_size: int | None = None, seed: int = 0) -> pd.DataFrame:
    df = frame.drop_duplicates(keep="first").copy()
    for column in STAT_COLUMNS:
        values = df[column].astype("float64")
        df[column] = values.fillna(values.median())
    df["total_stats"] = df[list(STAT_COLUMNS)].sum(axis=1, skipna=False)
    if sample_size is not None:
        df = df.sample(n=min(sample_size, len(df)), random_state=seed)
    return df.sort_values("pokemon_id").reset_index(drop=True)
