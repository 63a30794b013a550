"""Kata 0.1: recommend_approach frames a problem before anyone builds a model.

Rules of the docstring, each with the test that enforces it:

1. SIMPLE -> RULE, whatever else holds: test_a_problem_a_short_rule_solves_gets_the_rule.
2. A rule for a problem that changes fast comes with a reason to keep it up to date:
   test_a_rule_for_a_fast_changing_problem_says_how_to_keep_it_current.
3. A model that would not pay for itself (monthly gain <= monthly cost, equality included)
   -> HUMAN_JUDGEMENT; volume alone decides nothing:
   test_a_model_that_does_not_pay_for_itself_keeps_todays_process,
   test_break_even_is_not_enough, test_few_decisions_worth_a_lot_can_pay_for_a_model.
4. No labels -> COLLECT_LABELS_FIRST when obtainable, else UNSUPERVISED_ML:
   test_a_problem_fit_for_ml_but_without_labels_collects_them_or_explores,
   test_no_labels_and_no_way_to_get_them_is_never_supervised.
5. High stakes -> DECISION_SUPPORT, never people alone by reflex:
   test_high_stakes_get_decision_support_not_a_reflex.
6. SUPERVISED_ML exactly when every condition holds: test_supervised_ml_only_when_every_condition_holds.
7. At least one non-empty reason; a model for a problem that must explain or changes fast adds
   a reason for each: test_every_recommendation_gives_its_reasons,
   test_a_model_for_explained_or_changing_problems_says_what_it_needs.
8. The seed's five scenarios and three more: test_the_scenarios_get_the_right_approach.
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from katas.module0_business.should_use_ml import (
    Approach,
    Complexity,
    ProblemProfile,
    Recommendation,
    recommend_approach,
)

WHERE = "recommend_approach (katas/module0_business/should_use_ml.py)"


def _profile(description: str, *, labels: bool = True, obtainable: bool = True,
             complexity: Complexity = Complexity.COMPLEX, decisions: int = 10_000,
             gain: float = 5.0, cost: float = 10_000.0, high_stakes: bool = False,
             explain: bool = False, fast: bool = False) -> ProblemProfile:
    return ProblemProfile(description, has_labels=labels, labels_obtainable=obtainable,
                          complexity=complexity, decisions_per_month=decisions,
                          gain_per_decision=gain, model_cost_per_month=cost,
                          high_stakes=high_stakes, must_explain=explain, changes_fast=fast)


# Situations a product team might bring, and what a careful engineer recommends. The first five
# are the course's five scenarios; the last three are the ones blunt rules get wrong.
SCENARIOS = {
    "free-shipping-rule": (_profile("Give free shipping to orders over $50", complexity=Complexity.SIMPLE,
                                    decisions=120_000, gain=0.5), Approach.RULE),
    "card-prices": (_profile("Suggest a listing price for trading cards from 3 years of sales",
                             decisions=40_000, gain=0.5, cost=8_000, fast=True), Approach.SUPERVISED_ML),
    "fake-sellers-no-labels-yet": (_profile("Flag fake seller accounts on a marketplace that opened last month",
                                            labels=False, decisions=25_000, gain=2.0, cost=15_000, fast=True),
                                   Approach.COLLECT_LABELS_FIRST),
    "fifteen-sponsorship-deals": (_profile("Approve the 15 sponsorship deals the company signs each month",
                                           decisions=15, gain=300.0, cost=20_000, explain=True),
                                  Approach.HUMAN_JUDGEMENT),
    "unlabelled-tickets": (_profile("Group millions of old support tickets into themes nobody has named",
                                    labels=False, obtainable=False, decisions=200_000, gain=0.1,
                                    cost=5_000), Approach.UNSUPERVISED_ML),
    "few-valuable-leads": (_profile("Route the 300 large business leads a month to the right sales team",
                                    decisions=300, gain=150.0, cost=12_000), Approach.SUPERVISED_ML),
    "x-rays-high-stakes": (_profile("Flag chest X-rays that may show pneumonia", decisions=30_000,
                                    gain=4.0, cost=25_000, high_stakes=True, explain=True),
                           Approach.DECISION_SUPPORT),
    "stolen-cards-list": (_profile("Block payments from card numbers on the daily stolen-cards list",
                                   complexity=Complexity.SIMPLE, decisions=2_000_000, gain=0.05,
                                   high_stakes=True, fast=True), Approach.RULE),
}

DESCRIPTIONS = ("", "Preise für Karten schätzen", "推荐商品", "Flabébé's \"best\" {moves}", "x" * 500)
#: (decisions, gain per decision, monthly cost): no decisions, a loss, below, exactly at and
#: above break-even, and a huge volume of decisions worth nothing.
ECONOMICS = ((0, 50.0, 1_000.0), (1_000, -2.0, 500.0), (400, 24.0, 10_000.0), (400, 25.0, 10_000.0),
             (400, 26.0, 10_000.0), (10**9, 0.0, 1.0), (15, 10_000.0, 20_000.0))
# Every combination of the profile's yes/no answers, at each of the economics above: the
# invariants below are checked over the whole space, not a sample.
ALL_PROFILES = [
    _profile("a problem", labels=labels, obtainable=obtainable, complexity=complexity,
             decisions=decisions, gain=gain, cost=cost, high_stakes=stakes, explain=explain, fast=fast)
    for labels, obtainable, stakes, explain, fast in itertools.product((False, True), repeat=5)
    for complexity in Complexity
    for decisions, gain, cost in ECONOMICS
]


def _pays(profile: ProblemProfile) -> bool:
    return profile.decisions_per_month * profile.gain_per_decision > profile.model_cost_per_month


def _recommend(profile: ProblemProfile) -> Recommendation:
    result = recommend_approach(profile)
    assert isinstance(result, Recommendation) and isinstance(result.approach, Approach), (
        f"{WHERE} must return a Recommendation(approach=Approach..., reasons=(...)), got {result!r}")
    return result


@pytest.mark.parametrize(("profile", "expected"), SCENARIOS.values(), ids=SCENARIOS.keys())
def test_the_scenarios_get_the_right_approach(profile, expected):
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
                f"(cheaper, exact, explainable), whatever the volume or the stakes. Profile: {profile}")


def test_a_rule_for_a_fast_changing_problem_says_how_to_keep_it_current():
    for profile in ALL_PROFILES:
        if profile.complexity is Complexity.SIMPLE:
            reasons = _recommend(profile).reasons
            wanted = 1 + profile.changes_fast
            assert len(reasons) >= wanted, (
                f"{WHERE} recommended a rule with {len(reasons)} reason(s) for a problem that "
                f"{'changes fast' if profile.changes_fast else 'is stable'}; a fast-changing problem "
                f"ages a rule too: add a reason (an owner, monitoring, a review schedule). Profile: {profile}")


def test_a_model_that_does_not_pay_for_itself_keeps_todays_process():
    for profile in ALL_PROFILES:
        if profile.complexity is Complexity.COMPLEX and not _pays(profile):
            got = _recommend(profile).approach
            assert got is Approach.HUMAN_JUDGEMENT, (
                f"{WHERE} recommended {got.name}, but {profile.decisions_per_month} decisions x "
                f"{profile.gain_per_decision} gained each does not exceed the model's "
                f"{profile.model_cost_per_month} a month: keep today's process. Profile: {profile}")


def test_break_even_is_not_enough():
    even = _profile("break even exactly", decisions=400, gain=25.0, cost=10_000.0)
    got = _recommend(even).approach
    assert got is Approach.HUMAN_JUDGEMENT, (
        f"{WHERE} recommended {got.name} for a model whose gain (400 x 25 = 10,000 a month) only "
        "equals its cost (10,000): it must gain MORE than it costs to be worth the risk and the work")


def test_few_decisions_worth_a_lot_can_pay_for_a_model():
    for decisions, gain in [(300, 150.0), (15, 10_000.0)]:
        valuable = _profile("few, valuable decisions", decisions=decisions, gain=gain, cost=12_000.0)
        got = _recommend(valuable).approach
        assert got is Approach.SUPERVISED_ML, (
            f"{WHERE} recommended {got.name} for {decisions} decisions a month worth {gain} each "
            f"(gain {decisions * gain:,.0f} > cost 12,000): the volume alone does not make a model "
            "too expensive; compare the monthly gain with the monthly cost")


def test_no_labels_and_no_way_to_get_them_is_never_supervised():
    for profile in ALL_PROFILES:
        if not profile.has_labels and not profile.labels_obtainable:
            got = _recommend(profile).approach
            assert got not in (Approach.SUPERVISED_ML, Approach.DECISION_SUPPORT,
                               Approach.COLLECT_LABELS_FIRST), (
                f"{WHERE} recommended {got.name} although there are no labels and no way to get "
                f"them: supervised learning needs labels. Profile: {profile}")


def test_a_problem_fit_for_ml_but_without_labels_collects_them_or_explores():
    for profile in ALL_PROFILES:
        if profile.complexity is Complexity.COMPLEX and _pays(profile) and not profile.has_labels:
            expected = Approach.COLLECT_LABELS_FIRST if profile.labels_obtainable else Approach.UNSUPERVISED_ML
            got = _recommend(profile).approach
            assert got is expected, (
                f"{WHERE} recommended {got.name} for an unlabelled problem; expected {expected.name}: "
                f"collect labels when you can, otherwise look for structure for people to review. "
                f"Profile: {profile}")


def test_high_stakes_get_decision_support_not_a_reflex():
    for profile in ALL_PROFILES:
        if (profile.complexity is Complexity.COMPLEX and _pays(profile) and profile.has_labels
                and profile.high_stakes):
            got = _recommend(profile).approach
            assert got is Approach.DECISION_SUPPORT, (
                f"{WHERE} recommended {got.name} for a high-stakes problem a model could help with: "
                "people err too, so neither 'people alone' nor 'the model alone' is safe by default; "
                f"recommend DECISION_SUPPORT (the model prepares, a person decides). Profile: {profile}")


def test_supervised_ml_only_when_every_condition_holds():
    for profile in ALL_PROFILES:
        got = _recommend(profile).approach
        fits_ml = (profile.complexity is Complexity.COMPLEX and _pays(profile) and profile.has_labels
                   and not profile.high_stakes)
        assert (got is Approach.SUPERVISED_ML) == fits_ml, (
            f"{WHERE} recommended {got.name}; fully automatic supervised ML fits exactly when the "
            "pattern is complex, the monthly gain exceeds the monthly cost, labels exist and the "
            f"stakes are not high. Profile: {profile}")


def test_a_model_for_explained_or_changing_problems_says_what_it_needs():
    for profile in ALL_PROFILES:
        result = _recommend(profile)
        if result.approach in (Approach.SUPERVISED_ML, Approach.DECISION_SUPPORT):
            wanted = 1 + profile.must_explain + profile.changes_fast
            assert len(result.reasons) >= wanted, (
                f"{WHERE} recommended {result.approach.name} with {len(result.reasons)} reason(s); "
                "add one for each of: why a model fits, the need to explain (an interpretable "
                f"model), fast change (monitoring and retraining). Profile: {profile}")
