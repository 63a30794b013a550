"""Kata 4.2: choose the metric that matches the business problem."""

from __future__ import annotations

from dataclasses import dataclass

METRICS = ("accuracy", "f1", "recall_at_min_precision", "precision_at_min_recall", "average_precision")
DOMINANCE = 5  #: one kind of error "dominates" when its weight is at least this many times the other's


@dataclass(frozen=True)
class Scenario:
    """A classification problem described by what matters to the business."""

    name: str
    positive_share: float  #: fraction of cases that are positive (prevalence), strictly between 0 and 1
    cost_false_positive: float  #: cost of flagging a negative case (>= 0)
    cost_false_negative: float  #: cost of missing a positive case (>= 0)
    ranks_for_review: bool = False  #: the output is a ranked queue people work down, not a yes/no


#: The five scenarios of the exercise.
SCENARIOS = {
    "cancer_screening": Scenario("cancer screening", 0.01, cost_false_positive=100,
                                 cost_false_negative=100_000),
    "spam_filter": Scenario("spam filter", 0.30, cost_false_positive=50, cost_false_negative=1),
    "fraud_review_queue": Scenario("card fraud review queue", 0.002, cost_false_positive=5,
                                   cost_false_negative=500, ranks_for_review=True),
    "legendary_newsletter": Scenario("flag legendary Pokémon for a collectors' newsletter", 0.08,
                                     cost_false_positive=1, cost_false_negative=5),
    "photo_sorter": Scenario("sort photos into cats and dogs", 0.50, cost_false_positive=1,
                             cost_false_negative=1),
}


def choose_metric(scenario: Scenario) -> str:
    """Name the metric to optimise and report for ``scenario``; one of ``METRICS``.

    Weigh each kind of error by how often it can happen: misses weigh
    ``positive_share * cost_false_negative``, false alarms weigh
    ``(1 - positive_share) * cost_false_positive`` (the expected cost per case is
    ``miss_weight * miss_rate + alarm_weight * false_positive_rate``). The rules, first match wins:

    1. The output is a ranked review queue: ``"average_precision"`` (how well the positives are
       ranked near the top, whatever depth the reviewers reach).
    2. Misses weigh at least 5 times false alarms: ``"recall_at_min_precision"``: find as many
       positives as possible while precision stays at or above a floor the team can work with.
       Recall alone is no target: flagging everything scores 1.0.
    3. False alarms weigh at least 5 times misses: ``"precision_at_min_recall"``: keep the
       flags clean while recall stays at or above a floor. Precision alone is no target: one
       sure flag scores 1.0.
    4. Comparable weights, imbalanced classes (positive share below 0.2 or above 0.8): ``"f1"``,
       which the majority class cannot game as it games accuracy.
    5. Otherwise (comparable weights, share from 0.2 to 0.8 inclusive): ``"accuracy"``.

    Args:
        scenario: the problem.

    Returns:
        One of ``METRICS``.

    Raises:
        ValueError: if ``positive_share`` is not strictly between 0 and 1, a cost is negative, or
            both costs are 0 (no mistake matters, so there is nothing to optimise).

    Example:
        >>> choose_metric(SCENARIOS["spam_filter"])
        'precision_at_min_recall'

    Why it matters: the metric is what the team will optimise for months. A spam filter tuned
    for recall deletes real mail; a cancer screen tuned for accuracy says "healthy" to everyone.
    And the cost ratio alone misleads: a miss that costs 5 times a false alarm matters less in
    total than the false alarms when only 8% of cases are positive.
    """
    share = scenario.positive_share
    if not 0 < share < 1:
        raise ValueError(f"positive_share must be strictly between 0 and 1, got {share}")
    if scenario.cost_false_positive < 0 or scenario.cost_false_negative < 0:
        raise ValueError("costs cannot be negative")
    if scenario.cost_false_positive == 0 and scenario.cost_false_negative == 0:
        raise ValueError("both costs are 0: no mistake matters, so there is no metric to optimise")
    if scenario.ranks_for_review:
        return "average_precision"
    misses = share * scenario.cost_false_negative
    false_alarms = (1 - share) * scenario.cost_false_positive
    if misses >= DOMINANCE * false_alarms:
        return "recall_at_min_precision"
    if false_alarms >= DOMINANCE * misses:
        return "precision_at_min_recall"
    if not 0.2 <= share <= 0.8:
        return "f1"
    return "accuracy"
