# Known-wrong for kata 1.4: deduplicates on pokemon_id instead of on every column, so a row that
# shares an id with another but differs elsewhere is dropped as if it were a copy.
from __future__ import annotations

import pandas as pd

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def prepare_pokemon(frame: pd.DataFrame, sample_size: int | None = None, seed: int = 0) -> pd.DataFrame:
    df = frame.drop_duplicates(subset="pokemon_id", keep="first").copy()
    for column in STAT_COLUMNS:
        values = df[column].astype("float64")
        df[column] = values.fillna(values.median())
    df["total_stats"] = df[list(STAT_COLUMNS)].sum(axis=1, skipna=False)
    if sample_size is not None:
        df = df.sample(n=min(sample_size, len(df)), random_state=seed)
    return df.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
