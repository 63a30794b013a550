# Known-wrong for kata 1.4: totals with sum(axis=1), which skips a stat that is still missing (a
# column with no values at all), so total_stats is the sum of the other five instead of missing.
from __future__ import annotations

import pandas as pd

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def prepare_pokemon(frame: pd.DataFrame, sample_size: int | None = None, seed: int = 0) -> pd.DataFrame:
    df = frame.drop_duplicates(keep="first").copy()
    for column in STAT_COLUMNS:
        values = df[column].astype("float64")
        df[column] = values.fillna(values.median())
    df["total_stats"] = df[list(STAT_COLUMNS)].sum(axis=1)
    if sample_size is not None and sample_size < len(df):
        df = df.sample(n=sample_size, random_state=seed)
    return df.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
