# Known-wrong for kata 1.4: a seeded sample, but with the habitual default seed 42 instead of the
# signature's 0, so a call without seed= draws other rows than the documented default.
from __future__ import annotations

import pandas as pd

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def prepare_pokemon(frame: pd.DataFrame, sample_size: int | None = None, seed: int = 42) -> pd.DataFrame:
    df = frame.drop_duplicates(keep="first").copy()
    for column in STAT_COLUMNS:
        values = df[column].astype("float64")
        df[column] = values.fillna(values.median())
    df["total_stats"] = df[list(STAT_COLUMNS)].sum(axis=1, skipna=False)
    if sample_size is not None and sample_size < len(df):
        df = df.sample(n=sample_size, random_state=seed)
    return df.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
