# Known-right for kata 5.1: pydantic's constrained types (confloat, conlist) with strictness
# and the finite-number rule per field, instead of Annotated/Field and a strict model config.
from pydantic import confloat, conlist

StrictStat = confloat(strict=True, ge=1, le=255, allow_inf_nan=False)


class PokemonFeatures(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type1: Literal[POKEMON_TYPES]  # a Literal never converts
    hp: StrictStat
    attack: StrictStat
    defense: StrictStat
    sp_attack: StrictStat
    sp_defense: StrictStat
    speed: StrictStat


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    instances: conlist(PokemonFeatures, min_length=1, max_length=MAX_BATCH_SIZE)


class Prediction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    is_legendary: bool = Field(strict=True)
    probability: confloat(strict=True, ge=0.0, le=1.0, allow_inf_nan=False)
    model_version: str = Field(strict=True, min_length=1)


class BatchPrediction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    predictions: list[Prediction]
