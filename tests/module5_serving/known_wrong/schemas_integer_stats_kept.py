# Known-wrong for kata 5.1: `int | float` for a stat, so 39 is kept as the int 39 instead of
# being stored as 39.0 as the docstring states (one stat type downstream, not two).


class PokemonFeatures(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    type1: PokemonType
    hp: Annotated[int | float, Field(ge=1, le=255, allow_inf_nan=False)]
    attack: Annotated[int | float, Field(ge=1, le=255, allow_inf_nan=False)]
    defense: Annotated[int | float, Field(ge=1, le=255, allow_inf_nan=False)]
    sp_attack: Annotated[int | float, Field(ge=1, le=255, allow_inf_nan=False)]
    sp_defense: Annotated[int | float, Field(ge=1, le=255, allow_inf_nan=False)]
    speed: Annotated[int | float, Field(ge=1, le=255, allow_inf_nan=False)]
