"""Kata 5.1: the request and response models refuse every malformed prediction request.

Rules of the docstrings, and the test that enforces each:

1. ``type1`` is one of the 18 names, spelled exactly: ``test_unknown_types_are_refused``;
   each of the 18 is accepted: ``test_each_of_the_18_types_is_accepted`` (guard).
2. Every field is required: ``test_a_missing_field_is_refused_and_named`` (guard); a valid
   request is accepted and its stats kept as given: ``test_every_valid_request_is_accepted`` (guard);
   an integer stat is stored as a float: ``test_integer_stats_are_stored_as_floats`` (guard).
3. Stats are finite numbers from 1 to 255 inclusive: ``test_the_stat_range_ends_are_allowed``
   (guard), ``test_out_of_range_stats_are_refused`` (just outside both ends included),
   ``test_non_finite_stats_are_refused``.
4. No unknown fields: ``test_unknown_fields_are_refused_and_named``.
5. No conversions (strict mode): ``test_strings_and_booleans_are_refused_not_converted``;
   ``test_wrong_json_types_are_refused`` (guard: pydantic refuses these even when lax).
6. A batch holds 1 to 100 instances: ``test_batches_hold_one_to_max_batch_size_instances``.
7. One bad instance refuses the whole batch: ``test_one_bad_instance_refuses_the_whole_batch``.
8. A batch request has no other fields: ``test_a_batch_request_refuses_unknown_fields``.
9. A probability is finite, from 0 to 1 inclusive: ``test_the_probability_ends_are_allowed``
   (guard), ``test_a_prediction_cannot_carry_an_impossible_probability``.
10. ``model_version`` is non-empty (one character is enough):
    ``test_a_prediction_needs_a_model_version``.
11. A prediction has no other fields and converts nothing:
    ``test_a_prediction_refuses_unknown_fields_and_conversions``.
12. A batch prediction has no other fields: ``test_a_batch_prediction_refuses_unknown_fields``.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

from kata_framework.expect import must_raise
from katas.module5_serving.schemas import (
    MAX_BATCH_SIZE,
    POKEMON_TYPES,
    BatchPrediction,
    BatchRequest,
    PokemonFeatures,
    Prediction,
)

WHERE = "katas/module5_serving/schemas.py"
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
GOOD = {"type1": "Dragon", "hp": 108, "attack": 130, "defense": 95, "sp_attack": 80,
        "sp_defense": 85, "speed": 102}
ANSWER = {"is_legendary": False, "probability": 0.2, "model_version": "1.0.0"}


def refused(model, payload) -> bool:
    try:
        model.model_validate(payload)
    except ValidationError:
        return True
    return False


def error_fields(model, payload, what: str) -> set[str]:
    with must_raise(ValidationError, f"{model.__name__} ({WHERE}) must refuse {what}") as caught:
        model.model_validate(payload)
    return {str(part) for error in caught.value.errors() for part in error["loc"]}


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@given(type1=st.sampled_from(POKEMON_TYPES),
       stats=st.lists(st.one_of(st.integers(1, 255), st.floats(1, 255)), min_size=6, max_size=6))
@example(type1="Water", stats=[1, 255, 1.0, 255.0, 1.5, 254.5])
def test_every_valid_request_is_accepted(type1, stats):
    payload = {"type1": type1, **dict(zip(STATS, stats))}
    try:
        features = PokemonFeatures.model_validate(payload)
    except ValidationError as error:
        pytest.fail(f"PokemonFeatures ({WHERE}) refused a valid request {payload}: {error}")
    assert [float(getattr(features, s)) for s in STATS] == [float(v) for v in stats], (
        f"PokemonFeatures ({WHERE}) changed the stats it was given: validate, do not repair")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_integer_stats_are_stored_as_floats():
    features = PokemonFeatures.model_validate({**GOOD, "hp": 39})
    assert type(features.hp) is float and features.hp == 39.0, (
        f"PokemonFeatures ({WHERE}) stored hp=39 as {features.hp!r} "
        f"({type(features.hp).__name__}): integers are accepted and stored as floats (39.0); "
        "declare the stats as float, not int | float")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@pytest.mark.parametrize("value", [1, 255, 1.0, 255.0], ids=["1", "255", "1.0", "255.0"])
def test_the_stat_range_ends_are_allowed(value):
    assert not refused(PokemonFeatures, {**GOOD, "hp": value}), (
        f"PokemonFeatures ({WHERE}) refused hp={value}: stats run from 1 to 255 inclusive")


@pytest.mark.parametrize("field", STATS)
@pytest.mark.parametrize("value", [0.999, 0, -5, 255.001, 256, 9999, 1e12],
                         ids=["just-below-1", "zero", "negative", "just-above-255", "256",
                              "9999", "1e12"])
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


#: The 18 primary types, written out here so that a shortened POKEMON_TYPES is caught too.
EVERY_TYPE = ("Water", "Normal", "Grass", "Bug", "Psychic", "Fire", "Electric", "Rock", "Dragon",
              "Ground", "Ghost", "Dark", "Poison", "Steel", "Fighting", "Ice", "Fairy", "Flying")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@pytest.mark.parametrize("type1", EVERY_TYPE)
def test_each_of_the_18_types_is_accepted(type1):
    assert not refused(PokemonFeatures, {**GOOD, "type1": type1}), (
        f"PokemonFeatures ({WHERE}) refused type1={type1!r}: every one of the 18 names in "
        "POKEMON_TYPES is a valid type (a list copied from an older generation misses Fairy)")


@pytest.mark.parametrize("type1", ["Shadow", "water", " Water", "", "Wat\u00e9r"],
                         ids=["unknown-name", "lower-case", "leading-space", "empty", "accented"])
def test_unknown_types_are_refused(type1):
    assert refused(PokemonFeatures, {**GOOD, "type1": type1}), (
        f"PokemonFeatures ({WHERE}) accepted type1={type1!r}: only the 18 names in POKEMON_TYPES, "
        "spelled exactly, are allowed (typing.Literal)")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@pytest.mark.parametrize("field", ["type1", *STATS])
def test_a_missing_field_is_refused_and_named(field):
    payload = {k: v for k, v in GOOD.items() if k != field}
    assert field in error_fields(PokemonFeatures, payload, f"a request without {field!r}"), (
        f"PokemonFeatures ({WHERE}) must refuse a request without {field!r} and name it in the error")


@pytest.mark.parametrize("extra", ["defence", "is_legendary", "capture_rate"])
def test_unknown_fields_are_refused_and_named(extra):
    fields = error_fields(PokemonFeatures, {**GOOD, extra: 1},
                          f"the unknown field {extra!r} (ConfigDict(extra='forbid'))")
    assert extra in fields, (
        f"PokemonFeatures ({WHERE}) refused the unknown field {extra!r} without naming it")


@pytest.mark.parametrize(("field", "value"), [
    ("hp", "45"), ("attack", "45.5"), ("speed", True), ("defense", False), ("type1", b"Water"),
], ids=["stat-as-text", "stat-as-decimal-text", "stat-true", "stat-false", "type-as-bytes"])
def test_strings_and_booleans_are_refused_not_converted(field, value):
    assert refused(PokemonFeatures, {**GOOD, field: value}), (
        f"PokemonFeatures ({WHERE}) accepted {field}={value!r} by converting it: a client that "
        "sends text or true for a number has a bug worth reporting, not fixing in silence. "
        "Validate in strict mode (ConfigDict(strict=True) or Field(strict=True))")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@pytest.mark.parametrize("value", ["strong", [100], {"value": 100}, None],
                         ids=["word", "list", "object", "null"])
def test_wrong_json_types_are_refused(value):
    assert refused(PokemonFeatures, {**GOOD, "attack": value}), (
        f"PokemonFeatures ({WHERE}) accepted attack={value!r}: a stat must be a number")


@pytest.mark.parametrize("size", [
    pytest.param(0, id="empty"),
    pytest.param(1, id="one", marks=pytest.mark.guard),  # the starting code accepts these
    pytest.param(MAX_BATCH_SIZE, id="at-the-limit", marks=pytest.mark.guard),
    pytest.param(MAX_BATCH_SIZE + 1, id="one-over-the-limit"),
])
def test_batches_hold_one_to_max_batch_size_instances(size):
    assert MAX_BATCH_SIZE == 100, f"MAX_BATCH_SIZE ({WHERE}) must stay 100, the documented limit"
    payload = {"instances": [GOOD] * size}
    if 1 <= size <= MAX_BATCH_SIZE:
        assert not refused(BatchRequest, payload), (
            f"BatchRequest ({WHERE}) refused a batch of {size}: 1 to {MAX_BATCH_SIZE} are allowed")
    else:
        fields = error_fields(BatchRequest, payload,
                              f"a batch of {size} instances (1 to {MAX_BATCH_SIZE} are allowed: "
                              "Field(min_length=..., max_length=...))")
        assert "instances" in fields, f"BatchRequest ({WHERE}) must name 'instances' in the error"


@pytest.mark.parametrize("bad", [{**GOOD, "hp": math.nan}, {**GOOD, "hp": "45"},
                                 {**GOOD, "typo": 1}],
                         ids=["nan-stat", "stat-as-text", "unknown-field"])
def test_one_bad_instance_refuses_the_whole_batch(bad):
    assert refused(BatchRequest, {"instances": [GOOD, bad]}), (
        f"BatchRequest ({WHERE}) accepted a batch whose second instance is {bad}: the instances "
        "must be PokemonFeatures (list[PokemonFeatures])")


def test_a_batch_request_refuses_unknown_fields():
    assert refused(BatchRequest, {"instances": [GOOD], "priority": "high"}), (
        f"BatchRequest ({WHERE}) ignored the unknown field 'priority': refuse extras")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
@pytest.mark.parametrize("probability", [0, 0.0, 1, 1.0], ids=["0", "0.0", "1", "1.0"])
def test_the_probability_ends_are_allowed(probability):
    assert not refused(Prediction, {**ANSWER, "probability": probability}), (
        f"Prediction ({WHERE}) refused probability={probability}: 0 and 1 are probabilities")


@pytest.mark.parametrize("probability", [-0.1, -1e-9, 1 + 1e-9, 1.5, math.nan, math.inf],
                         ids=["negative", "just-below-0", "just-above-1", "1.5", "nan", "inf"])
def test_a_prediction_cannot_carry_an_impossible_probability(probability):
    assert refused(Prediction, {**ANSWER, "probability": probability}), (
        f"Prediction ({WHERE}) accepted probability={probability}: a probability is a finite "
        "number from 0 to 1")


def test_a_prediction_needs_a_model_version():
    assert refused(Prediction, {**ANSWER, "model_version": ""}), (
        f"Prediction ({WHERE}) accepted an empty model_version: every answer must say which "
        "model gave it (Field(min_length=1))")
    assert not refused(Prediction, {**ANSWER, "model_version": "7"}), (
        f"Prediction ({WHERE}) refused the model_version '7': any non-empty text names a model, "
        "one character included (min_length=1)")


@pytest.mark.parametrize("change", [{"note": "x"}, {"probability": "0.5"}, {"is_legendary": 1},
                                    {"is_legendary": "true"}],
                         ids=["unknown-field", "probability-as-text", "bool-as-1", "bool-as-text"])
def test_a_prediction_refuses_unknown_fields_and_conversions(change):
    assert refused(Prediction, {**ANSWER, **change}), (
        f"Prediction ({WHERE}) accepted {change}: no other fields (extra='forbid') and no "
        "conversions (strict mode)")


def test_a_batch_prediction_refuses_unknown_fields():
    assert len(BatchPrediction(predictions=[Prediction(**ANSWER)]).predictions) == 1
    assert refused(BatchPrediction, {"predictions": [ANSWER], "extra": 1}), (
        f"BatchPrediction ({WHERE}) ignored an unknown field: refuse extras")
