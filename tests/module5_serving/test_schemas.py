"""Kata 5.1: the request and response models refuse every malformed prediction request."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from katas.module5_serving.schemas import (
    MAX_BATCH_SIZE, POKEMON_TYPES, BatchPrediction, BatchRequest, PokemonFeatures, Prediction,
)

WHERE = "katas/module5_serving/schemas.py"
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
GOOD = {"type1": "Dragon", "hp": 108, "attack": 130, "defense": 95, "sp_attack": 80,
        "sp_defense": 85, "speed": 102}


def refused(model, payload) -> bool:
    try:
        model.model_validate(payload)
    except ValidationError:
        return True
    return False


def error_fields(model, payload) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(payload)
    return {str(part) for error in caught.value.errors() for part in error["loc"]}


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@given(type1=st.sampled_from(POKEMON_TYPES),
       stats=st.lists(st.one_of(st.integers(1, 255), st.floats(1, 255)), min_size=6, max_size=6))
def test_every_valid_request_is_accepted(type1, stats):
    payload = {"type1": type1, **dict(zip(STATS, stats))}
    try:
        features = PokemonFeatures.model_validate(payload)
    except ValidationError as error:
        pytest.fail(f"PokemonFeatures ({WHERE}) refused a valid request {payload}: {error}")
    assert [float(getattr(features, s)) for s in STATS] == [float(v) for v in stats], (
        f"PokemonFeatures ({WHERE}) changed the stats it was given: validate, do not repair")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_the_stat_range_ends_are_allowed():
    for value in (1, 255):
        payload = {**GOOD, "hp": value}
        assert not refused(PokemonFeatures, payload), (
            f"PokemonFeatures ({WHERE}) refused hp={value}: stats run from 1 to 255 inclusive")


@pytest.mark.parametrize("field", STATS)
@pytest.mark.parametrize("value", [0, -5, 256, 9999, 1e12])
def test_out_of_range_stats_are_refused(field, value):
    assert refused(PokemonFeatures, {**GOOD, field: value}), (
        f"PokemonFeatures ({WHERE}) accepted {field}={value}: stats must lie between 1 and 255; "
        "add the bounds with Field(ge=..., le=...)")


@pytest.mark.parametrize("field", STATS)
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf], ids=["nan", "inf", "-inf"])
def test_non_finite_stats_are_refused(field, value):
    assert refused(PokemonFeatures, {**GOOD, field: value}), (
        f"PokemonFeatures ({WHERE}) accepted {field}={value}: a hand-written check such as "
        "`if v < 1 or v > 255` is False for NaN, so NaN slips through; use Field bounds and "
        "allow_inf_nan=False")


@pytest.mark.parametrize("type1", ["Shadow", "water", " Water", "", "Wat\u00e9r"])
def test_unknown_types_are_refused(type1):
    assert refused(PokemonFeatures, {**GOOD, "type1": type1}), (
        f"PokemonFeatures ({WHERE}) accepted type1={type1!r}: only the 18 names in POKEMON_TYPES, "
        "spelled exactly, are allowed (typing.Literal)")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@pytest.mark.parametrize("field", ["type1", *STATS])
def test_a_missing_field_is_refused_and_named(field):
    payload = {k: v for k, v in GOOD.items() if k != field}
    assert field in error_fields(PokemonFeatures, payload), (
        f"PokemonFeatures ({WHERE}) must refuse a request without {field!r} and name it in the error")


@pytest.mark.parametrize("extra", ["defence", "is_legendary", "capture_rate"])
def test_unknown_fields_are_refused_and_named(extra):
    assert extra in error_fields(PokemonFeatures, {**GOOD, extra: 1}), (
        f"PokemonFeatures ({WHERE}) ignored the unknown field {extra!r}: a typo like 'defence' "
        "would silently drop a stat; refuse extras with ConfigDict(extra='forbid')")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@pytest.mark.parametrize("value", ["strong", [100], {"value": 100}, None])
def test_wrong_json_types_are_refused(value):
    assert refused(PokemonFeatures, {**GOOD, "attack": value}), (
        f"PokemonFeatures ({WHERE}) accepted attack={value!r}: a stat must be a number")


def test_batches_hold_one_to_max_batch_size_instances():
    assert MAX_BATCH_SIZE == 100, f"MAX_BATCH_SIZE ({WHERE}) must stay 100, the documented limit"
    for size in (1, MAX_BATCH_SIZE):
        assert not refused(BatchRequest, {"instances": [GOOD] * size}), (
            f"BatchRequest ({WHERE}) refused a batch of {size}: 1 to {MAX_BATCH_SIZE} are allowed")
    assert "instances" in error_fields(BatchRequest, {"instances": []}), (
        f"BatchRequest ({WHERE}) accepted an empty batch: require at least one instance (min_length)")
    assert "instances" in error_fields(BatchRequest, {"instances": [GOOD] * (MAX_BATCH_SIZE + 1)}), (
        f"BatchRequest ({WHERE}) accepted {MAX_BATCH_SIZE + 1} instances: cap it with max_length")


def test_a_batch_checks_every_instance_and_refuses_extras():
    assert refused(BatchRequest, {"instances": [GOOD, {**GOOD, "hp": math.nan}]}), (
        f"BatchRequest ({WHERE}) accepted a batch whose second instance has hp=NaN: the "
        "instances must be PokemonFeatures")
    assert refused(BatchRequest, {"instances": [GOOD], "priority": "high"}), (
        f"BatchRequest ({WHERE}) ignored an unknown field: refuse extras")


@pytest.mark.parametrize("probability", [-0.1, 1.5, math.nan, math.inf])
def test_a_prediction_cannot_carry_an_impossible_probability(probability):
    assert refused(Prediction, {"is_legendary": False, "probability": probability,
                                "model_version": "1.0.0"}), (
        f"Prediction ({WHERE}) accepted probability={probability}: a probability is a finite "
        "number from 0 to 1")


def test_a_prediction_needs_a_model_version():
    assert refused(Prediction, {"is_legendary": False, "probability": 0.2, "model_version": ""}), (
        f"Prediction ({WHERE}) accepted an empty model_version: every answer must say which "
        "model gave it")
    answer = Prediction(is_legendary=True, probability=0.9, model_version="1.0.0")
    assert BatchPrediction(predictions=[answer]).predictions[0].probability == 0.9
    assert refused(BatchPrediction, {"predictions": [], "extra": 1}), (
        f"BatchPrediction ({WHERE}) ignored an unknown field: refuse extras")
