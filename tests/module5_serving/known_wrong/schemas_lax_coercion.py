# Known-wrong for kata 5.1: every range, type and extra-field rule is in, but pydantic's lax
# mode stays on, so "45" is read as 45.0 and true as 1.0: a broken client is silently fixed.


class PokemonFeatures(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type1: PokemonType
    hp: Stat
    attack: Stat
    defense: Stat
    sp_attack: Stat
    sp_defense: Stat
    speed: Stat


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    instances: list[PokemonFeatures] = Field(min_length=1, max_length=MAX_BATCH_SIZE)


class Prediction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    is_legendary: bool
    probability: float = Field(ge=0.0, le=1.0, allow_inf_nan=False)
    model_version: str = Field(min_length=1)


class BatchPrediction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    predictions: list[Prediction]
