# Known-wrong for kata 1.2: validates eagerly, so the first failure raises SchemaError and every
# other fault in the table stays hidden until the next run.


def validate_pokemon(frame):
    return pokemon_schema().validate(frame)
