# Known-right for kata 1.2: pandera's Python types (int, float, str, bool) for the dtypes, the
# stat range as two checks, and the cross-column rule as "type1 == type2" negated, a missing type2 never equal.

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

TYPES = ("Water", "Normal", "Grass", "Bug", "Psychic", "Fire", "Electric", "Rock", "Dragon",
         "Ground", "Ghost", "Dark", "Poison", "Steel", "Fighting", "Ice", "Fairy", "Flying")

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def pokemon_schema() -> pa.DataFrameSchema:
    columns = {
        "pokemon_id": pa.Column(int, pa.Check.greater_than_or_equal_to(1), unique=True),
        "name": pa.Column(str, unique=True),
        "type1": pa.Column(str, pa.Check.isin(list(TYPES))),
        "type2": pa.Column(str, pa.Check.isin(list(TYPES)), nullable=True),
    }
    for stat in STAT_COLUMNS:
        columns[stat] = pa.Column(int, [pa.Check.ge(1), pa.Check.le(255)])
    columns.update({
        "generation": pa.Column(int, pa.Check.in_range(1, 8)),
        "height_m": pa.Column(float, pa.Check.greater_than(0)),
        "weight_kg": pa.Column(float, pa.Check.greater_than(0)),
        "capture_rate": pa.Column(int, pa.Check.in_range(3, 255)),
        "is_legendary": pa.Column(bool),
    })
    different = pa.Check(lambda df: ~(df["type1"] == df["type2"]).fillna(False), error="type2 equals type1")
    return pa.DataFrameSchema(columns, checks=different, strict=True, ordered=False)


def validate_pokemon(frame: pd.DataFrame) -> pd.DataFrame:
    schema = pokemon_schema()
    return schema.validate(frame, lazy=True, inplace=False)
