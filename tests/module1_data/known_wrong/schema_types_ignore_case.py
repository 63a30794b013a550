# Known-wrong for kata 1.2: checks type1 after title-casing it, so a lower-case "fire" passes as a type.

_schema = pokemon_schema


def pokemon_schema():
    import pandera.pandas as pa

    lenient = pa.Check(lambda s: s.str.title().isin(TYPES), name="type1_known_any_case")
    return _schema().update_column("type1", checks=[lenient])
