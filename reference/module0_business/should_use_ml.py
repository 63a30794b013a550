"""Kata 0.1: should you use ML? A decision function over a problem profile."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Complexity(Enum):
    """How hard the pattern behind the decision is to write down."""

    SIMPLE = "simple"    # a few if-statements an expert can write and check capture it
    COMPLEX = "complex"  # many interacting signals; nobody can write the rule down


class Approach(Enum):
    """What to build."""

    RULE = "a hand-written rule"
    HUMAN_JUDGEMENT = "people decide, case by case, as today"
    COLLECT_LABELS_FIRST = "collect labelled examples first"
    UNSUPERVISED_ML = "unsupervised ML (clusters, anomalies) for people to review"
    DECISION_SUPPORT = "supervised ML as decision support: the model proposes, a person decides"
    SUPERVISED_ML = "supervised ML"


@dataclass(frozen=True)
class ProblemProfile:
    """What we know about a business problem before choosing how to solve it.

    Attributes:
        description: one line saying what is decided, e.g. "flag fraudulent orders".
        has_labels: labelled examples (inputs with the right answer) exist today.
        labels_obtainable: labels can be collected: logged outcomes, expert review, annotation.
        complexity: SIMPLE when a short rule captures the pattern, COMPLEX otherwise.
        decisions_per_month: how many times the decision is made.
        gain_per_decision: the money a model is expected to add per decision compared with
            today's process (a pilot's estimate, or kata 0.3's arithmetic divided by the
            volume); 0 or less when it would do no better.
        model_cost_per_month: what the model costs each month: its build cost spread over the
            months it will be used, plus serving, monitoring and retraining.
        high_stakes: a single wrong decision does serious harm that is hard to undo (a missed
            tumour, a wrongly refused loan), so nobody accepts a fully automatic decision.
        must_explain: each decision must be explained to the person it affects.
        changes_fast: the pattern shifts within weeks (fraud, fashion), so whatever decides
            ages and must be kept up to date.
    """

    description: str
    has_labels: bool
    labels_obtainable: bool
    complexity: Complexity
    decisions_per_month: int
    gain_per_decision: float
    model_cost_per_month: float
    high_stakes: bool
    must_explain: bool
    changes_fast: bool


@dataclass(frozen=True)
class Recommendation:
    """What to build, and why, in words a stakeholder can follow."""

    approach: Approach
    reasons: tuple[str, ...]


def recommend_approach(profile: ProblemProfile) -> Recommendation:
    """Recommend how to solve a problem: a rule, people, labels first, or ML.

    Work through the checklist in this order and stop at the first answer:

    1. complexity is SIMPLE -> RULE: a short rule is cheaper, exact and explainable. When the
       problem changes_fast, add a reason: the rule ages too, so give it an owner, watch how
       often it fires and is right, and review it on a schedule.
    2. the expected monthly gain, decisions_per_month * gain_per_decision, is not more than
       model_cost_per_month -> HUMAN_JUDGEMENT: the model would not pay for itself. Volume
       alone decides nothing: 300 decisions worth $150 each pay for a model that 100,000
       decisions worth a cent each do not.
    3. no labels today -> COLLECT_LABELS_FIRST when labels are obtainable, else UNSUPERVISED_ML
       (without labels there is nothing to supervise: look for structure for people to review).
    4. high_stakes -> DECISION_SUPPORT: people err too, so "keep people deciding" is not
       automatically safer; the model prepares or ranks the cases and a person reviews every
       decision. Compare the error rates and costs of people alone, the model alone and the
       model with review on the same cases before choosing how much to automate.
    5. otherwise -> SUPERVISED_ML.

    Args:
        profile: the problem. It is not modified.

    Returns:
        A Recommendation with the approach and at least one reason (non-empty text). When a
        model is recommended (DECISION_SUPPORT or SUPERVISED_ML) for a problem that
        must_explain or changes_fast, add a reason for each (an interpretable model; a
        monitoring and retraining plan). Wording is yours.

    Example:
        >>> shipping = ProblemProfile("free shipping over $50", has_labels=True,
        ...     labels_obtainable=True, complexity=Complexity.SIMPLE, decisions_per_month=90_000,
        ...     gain_per_decision=0.2, model_cost_per_month=8_000, high_stakes=False,
        ...     must_explain=True, changes_fast=False)
        >>> recommend_approach(shipping).approach
        <Approach.RULE: 'a hand-written rule'>

    Why it matters: most failed ML projects should never have been ML projects. Asking these
    questions first saves months of building something a rule, or a person, does better; and
    asking them with numbers (gain per decision, error rates) keeps the answer from being a
    habit.
    """
    if profile.complexity is Complexity.SIMPLE:
        reasons = ["A short rule captures the pattern: it is cheaper to build, exact and easy "
                   "to explain."]
        if profile.changes_fast:
            reasons.append("The pattern changes fast, so the rule ages too: give it an owner, "
                           "watch how often it fires and is right, and review it on a schedule.")
        return Recommendation(Approach.RULE, tuple(reasons))
    monthly_gain = profile.decisions_per_month * profile.gain_per_decision
    if monthly_gain <= profile.model_cost_per_month:
        return Recommendation(Approach.HUMAN_JUDGEMENT, (
            f"A model would add about {monthly_gain:,.0f} a month but cost "
            f"{profile.model_cost_per_month:,.0f}: it would not pay for itself, so keep today's "
            "process.",))
    if not profile.has_labels:
        if profile.labels_obtainable:
            return Recommendation(Approach.COLLECT_LABELS_FIRST, (
                "There are no labelled examples yet, but they can be collected: start logging "
                "outcomes or reviewing cases, then train.",))
        return Recommendation(Approach.UNSUPERVISED_ML, (
            "There are no labels and no way to get them, so nothing to supervise: look for "
            "clusters or anomalies and let people judge them.",))
    if profile.high_stakes:
        approach = Approach.DECISION_SUPPORT
        reasons = ["A wrong decision does serious harm, but people err too: let the model "
                   "prepare each case and a person decide, and compare the error rates and "
                   "costs of people alone, the model alone and the two together."]
    else:
        approach = Approach.SUPERVISED_ML
        reasons = ["The pattern is too complex for a rule, there are labels, and the expected "
                   "gain pays for the model."]
    if profile.must_explain:
        reasons.append("Each decision must be explained: choose an interpretable model and "
                       "log the main reasons with every prediction.")
    if profile.changes_fast:
        reasons.append("The pattern changes fast: monitor the model and plan regular retraining.")
    return Recommendation(approach, tuple(reasons))
