"""Kata 4.2: choose the metric that matches the business problem."""

from __future__ import annotations

from dataclasses import dataclass

METRICS = ("accuracy", "precision", "recall", "f1", "average_precision")


@dataclass(frozen=True)
class Scenario:
    """A classification problem described by what matters to the business."""

    name: str
    positive_share: float  #: fraction of cases that are positive, strictly between 0 and 1
    cost_false_positive: float  #: cost of flagging a negative case (>= 0)
    cost_false_negative: float  #: cost of missing a positive case (>= 0)
    ranks_for_review: bool = False  #: the output is a ranked queue people work down, not a yes/no


#: The five scenarios of the exercise.
SCENARIOS = {
    "cancer_screening": Scenario("cancer screening", 0.01, cost_false_positive=200,
                                 cost_false_negative=100_000),
    "spam_filter": Scenario("spam filter", 0.30, cost_false_positive=50, cost_false_negative=1),
    "fraud_review_queue": Scenario("card fraud review queue", 0.002, cost_false_positive=5,
                                   cost_false_negative=500, ranks_for_review=True),
    "legendary_newsletter": Scenario("flag legendary Pokémon for a collectors' newsletter", 0.08,
                                     cost_false_positive=1, cost_false_negative=2),
    "photo_sorter": Scenario("sort photos into cats and dogs", 0.50, cost_false_positive=1,
                             cost_false_negative=1),
}


def choose_metric(scenario: Scenario) -> str:
    """Name the metric to optimise and report for ``scenario``; one of ``METRICS``.

    The rules, first match wins:

    1. The output is a ranked review queue: ``"average_precision"`` (how well the positives are
       ranked near the top, whatever threshold the reviewers stop at).
    2. A miss costs at least 5 times a false alarm: ``"recall"``.
    3. A false alarm costs at least 5 times a miss: ``"precision"``.
    4. The classes are imbalanced (positive share below 0.2 or above 0.8) and the costs are
       comparable: ``"f1"``, which accuracy's majority class cannot game.
    5. Otherwise (balanced, comparable costs): ``"accuracy"``.

    Args:
        scenario: the problem.

    Returns:
        One of ``METRICS``.

    Raises:
        ValueError: if ``positive_share`` is not strictly between 0 and 1 or a cost is negative.

    Example:
        >>> choose_metric(SCENARIOS["spam_filter"])
        'precision'

    Why it matters: the metric is what the team will optimise for months. A spam filter tuned
    for recall deletes real mail; a cancer screen tuned for accuracy says "healthy" to everyone.
    """
    raise NotImplementedError("kata 4.2: implement choose_metric")
