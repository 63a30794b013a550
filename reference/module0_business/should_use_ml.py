"""Kata 0.1: should you use ML? A decision function over a problem profile."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

#: Below this many decisions a month, a model rarely pays for its building and upkeep.
MIN_DECISIONS_PER_MONTH = 1000


class Complexity(Enum):
    """How hard the pattern behind the decision is to write down."""

    SIMPLE = "simple"    # a few if-statements an expert can write and check capture it
    COMPLEX = "complex"  # many interacting signals; nobody can write the rule down


class Approach(Enum):
    """What to build."""

    RULE = "a hand-written rule"
    HUMAN_JUDGEMENT = "people decide, case by case"
    COLLECT_LABELS_FIRST = "collect labelled examples first"
    UNSUPERVISED_ML = "unsupervised ML (clusters, anomalies) for people to review"
    SUPERVISED_ML = "supervised ML"


@dataclass(frozen=True)
class ProblemProfile:
    """What we know about a business problem before choosing how to solve it.

    Attributes:
        description: one line saying what is decided, e.g. "flag fraudulent orders".
        has_labels: labelled examples (inputs with the right answer) exist today.
        labels_obtainable: labels can be collected: logged outcomes, expert review, annotation.
        complexity: SIMPLE when a short rule captures the pattern, COMPLEX otherwise.
        errors_tolerable: an occasional wrong decision is acceptable (a wrong film suggestion
            is; a wrong medication dose is not).
        decisions_per_month: how many times the decision is made.
        must_explain: each decision must be explained to the person it affects.
        changes_fast: the pattern shifts within weeks (fraud, fashion), so a fixed rule ages.
    """

    description: str
    has_labels: bool
    labels_obtainable: bool
    complexity: Complexity
    errors_tolerable: bool
    decisions_per_month: int
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

    1. complexity is SIMPLE -> RULE: a short rule is cheaper, exact and explainable.
    2. errors are not tolerable -> HUMAN_JUDGEMENT: every model makes some mistakes.
    3. fewer than MIN_DECISIONS_PER_MONTH decisions -> HUMAN_JUDGEMENT: too few to pay for a model.
    4. no labels today -> COLLECT_LABELS_FIRST when labels are obtainable, else UNSUPERVISED_ML
       (without labels there is nothing to supervise: look for structure for people to review).
    5. otherwise -> SUPERVISED_ML.

    Args:
        profile: the problem. It is not modified.

    Returns:
        A Recommendation with the approach and at least one reason (non-empty text). When
        SUPERVISED_ML is recommended for a problem that must_explain or changes_fast, add a
        reason for each (an interpretable model; a retraining plan). Wording is yours.

    Example:
        >>> shipping = ProblemProfile("free shipping over $50", has_labels=True,
        ...     labels_obtainable=True, complexity=Complexity.SIMPLE, errors_tolerable=False,
        ...     decisions_per_month=90_000, must_explain=True, changes_fast=False)
        >>> recommend_approach(shipping).approach
        <Approach.RULE: 'a hand-written rule'>

    Why it matters: most failed ML projects should never have been ML projects. Asking these
    questions first saves months of building something a rule, or a person, does better.
    """
    if profile.complexity is Complexity.SIMPLE:
        return Recommendation(Approach.RULE, (
            "A short rule captures the pattern: it is cheaper to build, exact and easy to explain.",))
    if not profile.errors_tolerable:
        return Recommendation(Approach.HUMAN_JUDGEMENT, (
            "Every model makes some mistakes and no mistake is acceptable here: keep people "
            "deciding (a model may at most prepare their work).",))
    if profile.decisions_per_month < MIN_DECISIONS_PER_MONTH:
        return Recommendation(Approach.HUMAN_JUDGEMENT, (
            f"Only {profile.decisions_per_month} decisions a month: too few to pay for building "
            "and running a model.",))
    if not profile.has_labels:
        if profile.labels_obtainable:
            return Recommendation(Approach.COLLECT_LABELS_FIRST, (
                "There are no labelled examples yet, but they can be collected: start logging "
                "outcomes or reviewing cases, then train.",))
        return Recommendation(Approach.UNSUPERVISED_ML, (
            "There are no labels and no way to get them, so nothing to supervise: look for "
            "clusters or anomalies and let people judge them.",))
    reasons = ["The pattern is too complex for a rule, there are labels, errors are tolerable "
               "and the volume pays for a model."]
    if profile.must_explain:
        reasons.append("Each decision must be explained: choose an interpretable model and "
                       "log the main reasons with every prediction.")
    if profile.changes_fast:
        reasons.append("The pattern changes fast: monitor the model and plan regular retraining.")
    return Recommendation(Approach.SUPERVISED_ML, tuple(reasons))
