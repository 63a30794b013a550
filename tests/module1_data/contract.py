"""The clean Pokémon table's data contract, as kata 1.2 specifies it, kept with the tests.

Kata 1.3's faults are judged against this contract rather than the learner's own schema (kata
1.2 may not be done yet, or may be wrong) and rather than ``reference/`` (a learner's copy of the
course does not have it). It must say exactly what the docstring of
``katas/module1_data/schema.py`` says; a meta-test (tests/meta/test_catalog.py) checks that it
accepts and rejects the same tables as the worked schema.
"""

from __future__ import annotations

import pandera.pandas as pa

TYPES = ("Water", "Normal", "Grass", "Bug", "Psychic", "Fire", "Electric", "Rock", "Dragon",
         "Ground", "Ghost", "Dark", "Poison", "Steel", "Fighting", "Ice", "Fairy", "Flying")
STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def pokemon_schema() -> pa.DataFrameSchema:
    """The contract: 15 columns, types, ranges, uniqueness, ``type2 != type1`` (see kata 1.2)."""
    stat = pa.Column("int64", pa.Check.in_range(1, 255))
    known_type = pa.Check.isin(TYPES)
    return pa.DataFrameSchema(
        {
            "pokemon_id": pa.Column("int64", pa.Check.ge(1), unique=True),
            "name": pa.Column(str, unique=True),
            "type1": pa.Column(str, known_type),
            "type2": pa.Column(str, known_type, nullable=True),
            **{column: stat for column in STAT_COLUMNS},
            "generation": pa.Column("int64", pa.Check.in_range(1, 8)),
            "height_m": pa.Column("float64", pa.Check.gt(0)),
            "weight_kg": pa.Column("float64", pa.Check.gt(0)),
            "capture_rate": pa.Column("int64", pa.Check.in_range(3, 255)),
            "is_legendary": pa.Column(bool),
        },
        checks=pa.Check(lambda df: df["type2"].isna() | (df["type2"] != df["type1"]),
                        name="type2_differs_from_type1"),
        strict=True,
    )
