"""Kata 5.1: request and response models that refuse bad input before it reaches the model."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

POKEMON_TYPES = (
    "Water", "Normal", "Grass", "Bug", "Psychic", "Fire", "Electric", "Rock", "Dragon",
    "Ground", "Ghost", "Dark", "Poison", "Steel", "Fighting", "Ice", "Fairy", "Flying",
)
STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")
FEATURE_COLUMNS = ("type1", *STAT_COLUMNS)
MAX_BATCH_SIZE = 100

# One definition for all six stats: a finite number in the games' range. The range alone
# would already refuse NaN and inf, but saying allow_inf_nan=False states the intent.
# strict=True (below, on the models that hold the values) turns off pydantic's conversions:
# without it "45" becomes 45.0 and true becomes 1.0, a silent fix of a broken client.
Stat = Annotated[float, Field(ge=1, le=255, allow_inf_nan=False)]
PokemonType = Literal[POKEMON_TYPES]


class PokemonFeatures(BaseModel):
    """One prediction request: the species' primary type and its six base stats.

    Rules (each broken rule is a validation error, never a silent fix):

    * ``type1``: one of the 18 names in ``POKEMON_TYPES``, spelled exactly (``"Water"``).
    * ``hp``, ``attack``, ``defense``, ``sp_attack``, ``sp_defense``, ``speed``: required
      finite numbers from 1 to 255 inclusive. NaN, infinity, 0, negatives and 9999 are refused.
    * No other fields: an unknown field (a typo such as ``"defence"``) is an error, not ignored.
    * No conversions (pydantic's strict mode): a stat must arrive as a number and ``type1`` as
      text. The string ``"45"`` and the booleans ``true``/``false`` are refused, not read as
      45.0, 1.0 and 0.0. Integers are numbers, so ``39`` is accepted (and stored as 39.0).

    Example:
        >>> PokemonFeatures(type1="Fire", hp=39, attack=52, defense=43, sp_attack=60,
        ...                 sp_defense=50, speed=65).hp
        39.0

    Why: the model was trained on stats in this range and these types; anything else would
    produce a confident number that means nothing. Refusing it at the door turns a silent
    wrong answer into a 422 the client can fix.
    """

    model_config = ConfigDict(extra="forbid", strict=True)

    type1: PokemonType
    hp: Stat
    attack: Stat
    defense: Stat
    sp_attack: Stat
    sp_defense: Stat
    speed: Stat


class BatchRequest(BaseModel):
    """A batch prediction request: ``{"instances": [<PokemonFeatures>, ...]}``.

    Rules: ``instances`` is a list of from 1 to ``MAX_BATCH_SIZE`` (100) items, each a valid
    ``PokemonFeatures`` (so one bad item refuses the whole batch); no other fields. An empty
    batch is an error (a client bug worth reporting), and so is a batch over the limit (it
    would hold a worker for too long).

    Example:
        >>> one = {"type1": "Water", "hp": 44, "attack": 48, "defense": 65, "sp_attack": 50,
        ...        "sp_defense": 64, "speed": 43}
        >>> len(BatchRequest(instances=[one, one]).instances)
        2
    """

    # Each item is a PokemonFeatures, strict by its own config; a JSON array has nothing to convert.
    model_config = ConfigDict(extra="forbid")

    instances: list[PokemonFeatures] = Field(min_length=1, max_length=MAX_BATCH_SIZE)


class Prediction(BaseModel):
    """The answer for one species.

    Fields, all required: ``is_legendary`` (a bool; the service sets it to
    ``probability >= 0.5``), ``probability`` (a finite number from 0 to 1 inclusive) and
    ``model_version`` (non-empty text naming the model that answered). Invalid values are
    refused, so the service can never send NaN or 1.7 to a client; no other fields; no
    conversions (strict mode: ``"0.5"`` is not a probability, ``1`` is not a bool).

    Example:
        >>> Prediction(is_legendary=False, probability=0.12, model_version="1.0.0").probability
        0.12
    """

    model_config = ConfigDict(extra="forbid", strict=True)

    is_legendary: bool
    probability: float = Field(ge=0.0, le=1.0, allow_inf_nan=False)
    model_version: str = Field(min_length=1)


class BatchPrediction(BaseModel):
    """The answer for a batch: ``{"predictions": [<Prediction>, ...]}``, in request order.

    Rules: each item a valid ``Prediction``; no other fields.

    Example:
        >>> answer = Prediction(is_legendary=True, probability=0.91, model_version="1.0.0")
        >>> len(BatchPrediction(predictions=[answer]).predictions)
        1
    """

    # Each item is a Prediction, strict by its own config; the list itself has nothing to convert.
    model_config = ConfigDict(extra="forbid")

    predictions: list[Prediction]
