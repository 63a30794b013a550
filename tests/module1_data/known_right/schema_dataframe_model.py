# Known-right for kata 1.2: the same contract written as a class with pandera's DataFrameModel API,
# converted to a DataFrameSchema.
from pandera.typing import Series


class PokemonModel(pa.DataFrameModel):
    pokemon_id: Series[int] = pa.Field(ge=1, unique=True)
    name: Series[str] = pa.Field(unique=True)
    type1: Series[str] = pa.Field(isin=TYPES)
    type2: Series[str] = pa.Field(isin=TYPES, nullable=True)
    hp: Series[int] = pa.Field(ge=1, le=255)
    attack: Series[int] = pa.Field(ge=1, le=255)
    defense: Series[int] = pa.Field(ge=1, le=255)
    sp_attack: Series[int] = pa.Field(ge=1, le=255)
    sp_defense: Series[int] = pa.Field(ge=1, le=255)
    speed: Series[int] = pa.Field(ge=1, le=255)
    generation: Series[int] = pa.Field(ge=1, le=8)
    height_m: Series[float] = pa.Field(gt=0)
    weight_kg: Series[float] = pa.Field(gt=0)
    capture_rate: Series[int] = pa.Field(ge=3, le=255)
    is_legendary: Series[bool]

    class Config:
        strict = True

    @pa.dataframe_check
    def type2_differs_from_type1(cls, df: pd.DataFrame) -> pd.Series:
        return df["type2"].isna() | (df["type2"] != df["type1"])


def pokemon_schema():
    return PokemonModel.to_schema()
