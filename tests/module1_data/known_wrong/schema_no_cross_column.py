# Known-wrong for kata 1.2: checks every column on its own, so type2 == type1 slips through.

_schema_with_cross_check = pokemon_schema


def pokemon_schema():
    return pa.DataFrameSchema(_schema_with_cross_check().columns, strict=True)
