# Known-wrong for kata 5.1: a hand-written range check with `<` and `>`; NaN compares False
# with everything, so it passes the check (and reaches the model).
from pydantic import field_validator


class PokemonFeatures(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type1: PokemonType
    hp: float
    attack: float
    defense: float
    sp_attack: float
    sp_defense: float
    speed: float

    @field_validator(*STAT_COLUMNS)
    @classmethod
    def _in_range(cls, value: float) -> float:
        if value < 1 or value > 255:
            raise ValueError("stats run from 1 to 255")
        return value


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    instances: list[PokemonFeatures] = Field(min_length=1, max_length=MAX_BATCH_SIZE)
