# Known-wrong for kata 1.2: writes the stat range as 1 <= stat < 255, so the valid maximum 255 is
# rejected.

_schema = pokemon_schema


def pokemon_schema():
    schema = _schema()
    stat = pa.Column("int64", [pa.Check.ge(1), pa.Check.lt(255)])
    return schema.update_columns({column: {"checks": stat.checks} for column in STAT_COLUMNS})
