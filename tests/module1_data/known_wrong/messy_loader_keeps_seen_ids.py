# Known-wrong for kata 1.4: fixed the copy and the seed, but kept the module-level set of ids "so we
# never train on the same Pokémon twice": the second call drops every row the first one saw.

_seen = set()
_pure = prepare_pokemon


def prepare_pokemon(frame, sample_size=None, seed=0):
    prepared = _pure(frame, sample_size, seed)
    fresh = prepared[~prepared["pokemon_id"].isin(_seen)]
    _seen.update(prepared["pokemon_id"])
    return fresh.reset_index(drop=True)
