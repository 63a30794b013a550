# Known-wrong for kata 1.2: leaves the dtype off the text columns so that both pandas' str dtype
# and object pass, and with it any value: a number where a name should be passes.

_typed_schema = pokemon_schema


def pokemon_schema():
    schema = _typed_schema()
    columns = dict(schema.columns)
    columns["name"] = pa.Column(unique=True)
    columns["type1"] = pa.Column(checks=pa.Check.isin(TYPES))
    columns["type2"] = pa.Column(checks=pa.Check.isin(TYPES), nullable=True)
    return pa.DataFrameSchema(columns, checks=schema.checks, strict=True)
