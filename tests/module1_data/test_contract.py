"""Kata 1.6: check_columns stops a renamed column at the door, with a message that names it.

Rules of the docstrings, each with the test that enforces it:

1. check_columns returns None for the same columns in any order and leaves the frame alone:
   test_matching_columns_pass_in_any_order.
2. It raises ColumnContractError naming every missing and every unexpected column in quotes:
   test_a_missing_column_alone_is_named, test_an_unexpected_column_alone_is_named.
3. Names are compared exactly (case, spaces): test_names_are_compared_exactly.
4. Every suggested rename appears as "'new' looks like 'old'": test_an_upstream_rename_is_caught_and_named,
   test_several_renames_are_all_reported, test_any_renamed_column_is_caught_and_suggested.
5. suggest_renames compares normalised names (lowercase, letters and digits of any alphabet):
   test_suggest_renames_pairs_similar_names, test_letters_of_any_alphabet_survive_normalisation.
6. A ratio of at least 0.6 pairs, 0.6 included: test_a_ratio_of_exactly_0_6_is_enough.
7. Each column at most once, best ratio first (not list order): test_suggest_renames_uses_each_column_once,
   test_pairs_are_made_best_ratio_first_not_in_list_order.
8. Ties go to the unexpected column listed first, then the missing column listed first:
   test_ties_go_to_the_columns_listed_first.
9. Dissimilar names or an empty list give {}: test_suggest_renames_never_pairs_dissimilar_names.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module1_data.contract import ColumnContractError, check_columns, suggest_renames

WHERE = "check_columns (katas/module1_data/contract.py)"
SUGGEST = "suggest_renames (katas/module1_data/contract.py)"

#: Names of letters from several scripts, at least three, so a renamed name stays similar.
column_names = st.text(st.sampled_from("abcxyzéñøßπλжポケモン"), min_size=3, max_size=10)


def _contract_error(frame, expected) -> str:
    with must_raise(ColumnContractError, f"{WHERE} accepted columns {list(frame.columns)} against the "
                                         f"contract {list(expected)}: raise ColumnContractError") as caught:
        check_columns(frame, expected)
    return str(caught.value)


def test_matching_columns_pass_in_any_order(pokemon):
    before = pokemon.copy(deep=True)
    result = check_columns(pokemon, list(reversed(pokemon.columns)))
    assert result is None, f"{WHERE} must return None when the columns match, got {result!r}"
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the frame after {WHERE}")


def test_an_upstream_rename_is_caught_and_named(pokemon):
    renamed = pokemon.rename(columns={"hp": "HP"})
    message = _contract_error(renamed, list(pokemon.columns))
    assert "'hp'" in message and "'HP'" in message, (
        f"{WHERE} must name the missing column 'hp' and the unexpected column 'HP' (in quotes), "
        f"so whoever reads the error knows what to fix. Message was: {message!r}")
    assert "'HP' looks like 'hp'" in message, (
        f"{WHERE} must point out the likely rename with \"'HP' looks like 'hp'\". "
        f"Message was: {message!r}")


def test_a_missing_column_alone_is_named(pokemon):
    message = _contract_error(pokemon.drop(columns="capture_rate"), list(pokemon.columns))
    assert "'capture_rate'" in message, (
        f"{WHERE} must name the missing column 'capture_rate'. Message was: {message!r}")


def test_an_unexpected_column_alone_is_named(pokemon):
    message = _contract_error(pokemon.assign(colour="red"), list(pokemon.columns))
    assert "'colour'" in message, (
        f"{WHERE} must name the unexpected column 'colour'. Message was: {message!r}")


def test_names_are_compared_exactly(pokemon):
    renamed = pokemon.rename(columns={"attack": "Attack", "speed": "speed "})
    message = _contract_error(renamed, list(pokemon.columns))
    for name in ["'attack'", "'Attack'", "'speed'", "'speed '"]:
        assert name in message, (
            f"{WHERE} must treat a change of case or a stray space as a different column and "
            f"name it: {name} is not in {message!r}")


def test_several_renames_are_all_reported(pokemon):
    renamed = pokemon.rename(columns={"sp_attack": "Sp. Atk", "weight_kg": "weight", "hp": "HP"})
    message = _contract_error(renamed, list(pokemon.columns))
    for new, old in [("Sp. Atk", "sp_attack"), ("weight", "weight_kg"), ("HP", "hp")]:
        assert f"{new!r} looks like {old!r}" in message, (
            f"{WHERE} must report every rename: {new!r} looks like {old!r} is missing from "
            f"{message!r}")


def test_suggest_renames_pairs_similar_names():
    got = suggest_renames(["hp", "sp_attack", "generation"], ["HP", "sp_atk", "colour"])
    assert got == {"HP": "hp", "sp_atk": "sp_attack"}, (
        f"{SUGGEST} must pair 'HP' with 'hp' (same normalised name) and 'sp_atk' with 'sp_attack' "
        f"(ratio 0.8), and leave 'colour' and 'generation' unpaired; got {got}")


def test_letters_of_any_alphabet_survive_normalisation():
    got = suggest_renames(["ポポン", "größe"], ["ポポン (new)", "GRÖSSE"])
    assert got == {"ポポン (new)": "ポポン", "GRÖSSE": "größe"}, (
        f"{SUGGEST} must keep letters of every alphabet when normalising (str.isalnum, not "
        f"[a-z0-9]): 'ポポン (new)' -> 'ポポンnew' is close to 'ポポン'; got {got}")


def test_suggest_renames_uses_each_column_once():
    got = suggest_renames(["attack"], ["Attack", "ATTACK "])
    assert len(got) == 1 and set(got.values()) == {"attack"}, (
        f"{SUGGEST} paired a missing column with more than one unexpected column: {got}")
    got = suggest_renames(["attack", "Attack2"], ["attack "])
    assert got == {"attack ": "attack"}, f"{SUGGEST} must pick the best match first, got {got}"


def test_a_ratio_of_exactly_0_6_is_enough():
    got = suggest_renames(["abcde"], ["abcxy"])
    assert got == {"abcxy": "abcde"}, (
        f"{SUGGEST} returned {got} for 'abcxy' vs 'abcde', whose ratio is exactly 0.6: 'at least "
        "0.6' includes 0.6 (>=, not >)")
    got = suggest_renames(["abcdefg"], ["abcdxyz"])
    assert got == {}, f"{SUGGEST} paired 'abcdxyz' with 'abcdefg' (ratio 0.571 < 0.6): {got}"


def test_pairs_are_made_best_ratio_first_not_in_list_order():
    got = suggest_renames(["attack"], ["attak", "attack "])
    assert got == {"attack ": "attack"}, (
        f"{SUGGEST} returned {got}: 'attack ' normalises to 'attack' (ratio 1.0) and beats 'attak' "
        "(0.91), although 'attak' is listed first. Score every pair, then take them best first")
    got = suggest_renames(["atack", "attack"], ["Attack"])
    assert got == {"Attack": "attack"}, (
        f"{SUGGEST} returned {got}: 'Attack' is exactly 'attack' once normalised (ratio 1.0) and "
        "beats 'atack' (0.91), although 'atack' is listed first among the missing columns")


def test_ties_go_to_the_columns_listed_first():
    for unexpected, winner in [(["hpa", "hpb"], "hpa"), (["hpb", "hpa"], "hpb")]:
        got = suggest_renames(["hp"], unexpected)
        assert got == {winner: "hp"}, (
            f"{SUGGEST} returned {got} for unexpected {unexpected}: both score 0.8 against 'hp', so "
            f"the one listed first in unexpected ({winner!r}) wins")
    for missing, winner in [(["hpa", "hpb"], "hpa"), (["hpb", "hpa"], "hpb")]:
        got = suggest_renames(missing, ["hp"])
        assert got == {"hp": winner}, (
            f"{SUGGEST} returned {got} for missing {missing}: both score 0.8 against 'hp', so the "
            f"one listed first in missing ({winner!r}) wins")


def test_suggest_renames_never_pairs_dissimilar_names():
    got = suggest_renames(["hp", "is_legendary"], ["generation", "colour"])
    assert got == {}, f"{SUGGEST} paired names that look nothing alike (ratio < 0.6): {got}"
    assert suggest_renames([], ["colour"]) == {} and suggest_renames(["hp"], []) == {}, (
        f"{SUGGEST} must return {{}} when either list is empty")


@given(st.lists(column_names, min_size=1, max_size=6, unique_by=lambda n: n.lower()), st.integers(0, 5))
@example(["attack", "défense"], 1)
def test_any_renamed_column_is_caught_and_suggested(names, which):
    """Unicode names, one-column tables and empty tables (no rows): the rename is still found."""
    old = names[which % len(names)]
    new = f"{old} (new)"
    frame = pd.DataFrame(columns=[new if name == old else name for name in names])
    message = _contract_error(frame, names)
    assert f"{new!r} looks like {old!r}" in message, (
        f"{WHERE} did not suggest {new!r} as the rename of {old!r}. Message was: {message!r}")
    check_columns(pd.DataFrame(columns=list(reversed(names))), names)
