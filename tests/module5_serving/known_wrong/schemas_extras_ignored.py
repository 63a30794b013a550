# Known-wrong for kata 5.1: ranges and types are right, but unknown fields are silently
# dropped (pydantic's default), so {"defence": 80} loses the stat without a word.


class PokemonFeatures(BaseModel):
    type1: PokemonType
    hp: Stat
    attack: Stat
    defense: Stat
    sp_attack: Stat
    sp_defense: Stat
    speed: Stat


class BatchRequest(BaseModel):
    instances: list[PokemonFeatures] = Field(min_length=1, max_length=MAX_BATCH_SIZE)
