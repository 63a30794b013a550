"""Kata 0.1: recommend_approach frames a problem before anyone builds a model."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from katas.module0_business.should_use_ml import (
    MIN_DECISIONS_PER_MONTH,
    Approach,
    Complexity,
    ProblemProfile,
    Recommendation,
    recommend_approach,
)

WHERE = "recommend_approach (katas/module0_business/should_use_ml.py)"

# Five situations a product team might bring, and what a careful engineer recommends.
SCENARIOS = [
    (ProblemProfile("Give free shipping to orders over $50", has_labels=True,
                    labels_obtainable=True, complexity=Complexity.SIMPLE, errors_tolerable=True,
                    decisions_per_month=120_000, must_explain=False, changes_fast=False),
     Approach.RULE),
    (ProblemProfile("Suggest a listing price for trading cards from 3 years of sales",
                    has_labels=True, labels_obtainable=True, complexity=Complexity.COMPLEX,
                    errors_tolerable=True, decisions_per_month=40_000, must_explain=False,
                    changes_fast=True),
     Approach.SUPERVISED_ML),
    (ProblemProfile("Flag fake seller accounts on a marketplace that opened last month",
                    has_labels=False, labels_obtainable=True, complexity=Complexity.COMPLEX,
                    errors_tolerable=True, decisions_per_month=25_000, must_explain=False,
                    changes_fast=True),
     Approach.COLLECT_LABELS_FIRST),
    (ProblemProfile("Approve the 15 sponsorship deals the company signs each month",
                    has_labels=True, labels_obtainable=True, complexity=Complexity.COMPLEX,
                    errors_tolerable=True, decisions_per_month=15, must_explain=True,
                    changes_fast=False),
     Approach.HUMAN_JUDGEMENT),
    (ProblemProfile("Group millions of old, unlabelled support tickets into themes nobody has named",
                    has_labels=False, labels_obtainable=False, complexity=Complexity.COMPLEX,
                    errors_tolerable=True, decisions_per_month=200_000, must_explain=False,
                    changes_fast=False),
     Approach.UNSUPERVISED_ML),
]

DESCRIPTIONS = ("", "Preise für Karten schätzen", "推荐商品", "Flabébé's \"best\" {moves}", "x" * 500)
# Every combination of the profile's yes/no answers, at volumes around the threshold: the
# invariants below are checked over the whole space, not a sample.
VOLUMES = (0, 15, MIN_DECISIONS_PER_MONTH - 1, MIN_DECISIONS_PER_MONTH, 10**9)
ALL_PROFILES = [
    ProblemProfile("a problem", has_labels=labels, labels_obtainable=obtainable,
                   complexity=complexity, errors_tolerable=tolerable, decisions_per_month=volume,
                   must_explain=explain, changes_fast=fast)
    for labels, obtainable, tolerable, explain, fast in itertools.product((False, True), repeat=5)
    for complexity in Complexity
    for volume in VOLUMES
]


def _recommend(profile: ProblemProfile) -> Recommendation:
    result = recommend_approach(profile)
    assert isinstance(result, Recommendation) and isinstance(result.approach, Approach), (
        f"{WHERE} must return a Recommendation(approach=Approach..., reasons=(...)), got {result!r}")
    return result


@pytest.mark.parametrize(("profile", "expected"), SCENARIOS, ids=[s[1].name for s in SCENARIOS])
def test_the_five_scenarios_get_the_right_approach(profile, expected):
    got = _recommend(profile).approach
    assert got is expected, (
        f"{WHERE} recommended {got.name} for {profile.description!r}; a careful engineer "
        f"recommends {expected.name}. Walk the checklist in the docstring in order: {profile}")


def test_every_recommendation_gives_its_reasons():
    for profile, description in zip(ALL_PROFILES, itertools.cycle(DESCRIPTIONS)):
        reasons = _recommend(dataclasses.replace(profile, description=description)).reasons
        assert len(reasons) >= 1 and all(isinstance(r, str) and r.strip() for r in reasons), (
            f"{WHERE} must give at least one non-empty reason a stakeholder can read, got "
            f"{reasons!r} for {profile}")


def test_a_problem_a_short_rule_solves_gets_the_rule():
    for profile in ALL_PROFILES:
        if profile.complexity is Complexity.SIMPLE:
            got = _recommend(profile).approach
            assert got is Approach.RULE, (
                f"{WHERE} recommended {got.name} for a problem a short rule solves: write the rule "
                f"(cheaper, exact, explainable). Profile: {profile}")


def test_no_labels_and_no_way_to_get_them_is_never_supervised():
    for profile in ALL_PROFILES:
        if not profile.has_labels and not profile.labels_obtainable:
            got = _recommend(profile).approach
            assert got not in (Approach.SUPERVISED_ML, Approach.COLLECT_LABELS_FIRST), (
                f"{WHERE} recommended {got.name} although there are no labels and no way to get "
                f"them: supervised learning needs labels. Profile: {profile}")


def test_supervised_ml_only_when_every_condition_holds():
    for profile in ALL_PROFILES:
        got = _recommend(profile).approach
        fits_ml = (profile.complexity is Complexity.COMPLEX and profile.errors_tolerable
                   and profile.decisions_per_month >= MIN_DECISIONS_PER_MONTH and profile.has_labels)
        assert (got is Approach.SUPERVISED_ML) == fits_ml, (
            f"{WHERE} recommended {got.name}; supervised ML fits exactly when the pattern is complex, "
            f"errors are tolerable, there are at least {MIN_DECISIONS_PER_MONTH} decisions a month "
            f"and labels exist. Profile: {profile}")


def test_intolerable_errors_and_low_volume_keep_people_deciding():
    for profile in ALL_PROFILES:
        if profile.complexity is Complexity.COMPLEX and (
                not profile.errors_tolerable or profile.decisions_per_month < MIN_DECISIONS_PER_MONTH):
            got = _recommend(profile).approach
            assert got is Approach.HUMAN_JUDGEMENT, (
                f"{WHERE} recommended {got.name}; when no error is acceptable, or there are fewer than "
                f"{MIN_DECISIONS_PER_MONTH} decisions a month, people should decide. Profile: {profile}")


def test_ml_for_explained_or_changing_problems_says_what_it_needs():
    for profile in ALL_PROFILES:
        result = _recommend(profile)
        if result.approach is Approach.SUPERVISED_ML:
            wanted = 1 + profile.must_explain + profile.changes_fast
            assert len(result.reasons) >= wanted, (
                f"{WHERE} recommended supervised ML with {len(result.reasons)} reason(s); add one for "
                f"each of: why ML fits, the need to explain (interpretable model), fast change "
                f"(retraining plan). Profile: {profile}")


def test_a_problem_fit_for_ml_but_without_labels_collects_them_or_explores():
    for profile in ALL_PROFILES:
        fit_but_unlabelled = (profile.complexity is Complexity.COMPLEX and profile.errors_tolerable
                              and profile.decisions_per_month >= MIN_DECISIONS_PER_MONTH
                              and not profile.has_labels)
        if fit_but_unlabelled:
            expected = Approach.COLLECT_LABELS_FIRST if profile.labels_obtainable else Approach.UNSUPERVISED_ML
            got = _recommend(profile).approach
            assert got is expected, (
                f"{WHERE} recommended {got.name} for an unlabelled problem; expected {expected.name}: "
                f"collect labels when you can, otherwise look for structure for people to review. "
                f"Profile: {profile}")
