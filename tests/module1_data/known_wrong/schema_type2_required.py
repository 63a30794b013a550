# Known-wrong for kata 1.2: forgets nullable=True on type2, so every single-type Pokémon fails.

_schema = pokemon_schema


def pokemon_schema():
    return _schema().update_column("type2", nullable=False)
