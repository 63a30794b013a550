# Known-wrong for kata 1.2: coerce=True "to be safe", so a stat stored as float or as text is
# quietly converted to int64 and the fault disappears instead of being reported.

_strict_schema = pokemon_schema


def pokemon_schema():
    schema = _strict_schema()
    return pa.DataFrameSchema(schema.columns, checks=schema.checks, strict=True, coerce=True)
