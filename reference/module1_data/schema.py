"""Kata 1.2: a pandera schema for the clean Pokémon table, validated lazily."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

#: The 18 types a Pokémon can have.
TYPES = ("Water", "Normal", "Grass", "Bug", "Psychic", "Fire", "Electric", "Rock", "Dragon",
         "Ground", "Ghost", "Dark", "Poison", "Steel", "Fighting", "Ice", "Fairy", "Flying")

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


def pokemon_schema() -> pa.DataFrameSchema:
    """Return the data contract of the clean Pokémon table (``pokemon.csv``, ``data/README.md``).

    The schema must accept the clean table as it is and reject each of these faults:

    * columns: exactly the 15 columns of the clean table (a missing or an unexpected column
      is an error);
    * ``pokemon_id``: ``int64``, unique, 1 or more;
    * ``name``: text, unique, never missing;
    * ``type1``: text, one of ``TYPES``, never missing;
    * ``type2``: text, one of ``TYPES``, may be missing;
    * the six stats (``STAT_COLUMNS``): ``int64``, 1-255;
    * ``generation``: ``int64``, 1-8;
    * ``height_m``, ``weight_kg``: ``float64``, greater than 0;
    * ``capture_rate``: ``int64``, 3-255;
    * ``is_legendary``: ``bool``;
    * across columns: ``type2`` never equals ``type1``.

    Nothing may be missing except ``type2``. Text columns are pandas strings (``str`` or
    ``object`` both pass). Validate, do not coerce: a stat stored as text is a fault to report,
    not to repair. Every check works row by row (returns one boolean per row), so a failure
    names the offending rows.

    Returns:
        A ``pandera.pandas.DataFrameSchema``.

    Example:
        >>> pokemon_schema().validate(clean_table)   # returns the table unchanged

    Why it matters: a schema is the contract between whoever produces the data and the model
    that consumes it. Written once, it turns "the model got worse" into "row 17 has hp 999".
    """
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
        # A frame-level check sees both columns; returning a Series keeps it row by row.
        checks=pa.Check(lambda df: df["type2"].isna() | (df["type2"] != df["type1"]),
                        name="type2_differs_from_type1"),
        strict=True,  # an unexpected (for example renamed) column is a fault too
    )


def validate_pokemon(frame: pd.DataFrame) -> pd.DataFrame:
    """Validate ``frame`` against :func:`pokemon_schema` and report every failure at once.

    Args:
        frame: a table shaped like ``pokemon.csv``. It is not modified.

    Returns:
        The validated frame (equal to the input) when every check passes.

    Raises:
        pandera.errors.SchemaErrors: (plural) when anything fails; its ``failure_cases``
            frame lists every failing check with its column and row index, not just the first
            one found.

    Example:
        A frame with ``hp`` 999 in row 0 and ``type1`` ``"Plasma"`` in row 3 raises one
        ``SchemaErrors`` whose ``failure_cases`` holds both: ``("hp", 999, index 0)`` and
        ``("type1", "Plasma", index 3)``.

    Why it matters: stopping at the first error turns a data fix into a loop of
    fix-one-rerun-find-the-next. One report with every failure lets you fix a batch in one go.
    """
    # lazy=True collects every failure into one SchemaErrors instead of raising at the first.
    return pokemon_schema().validate(frame, lazy=True)
