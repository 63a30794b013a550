# Known-wrong for kata 7.8: the fix as first merged: types, ranges, extras and the batch are
# right, but pydantic's lax mode reads "45" as 45 and true as 1, a silent fix of a broken client.


class _PokemonStats(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hp: _Stat
    attack: _Stat
    defense: _Stat
    sp_attack: _Stat
    sp_defense: _Stat
    speed: _Stat
