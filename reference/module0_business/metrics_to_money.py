"""Kata 0.3: translate a model's precision and recall into money per month."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BusinessCase:
    """The business around a yes/no model, e.g. flagging fraudulent orders for review.

    Attributes:
        monthly_volume: cases the model scores each month (>= 0).
        prevalence: share of cases that are truly positive, in [0, 1].
        value_true_positive: money gained for each positive the model catches (>= 0).
        cost_false_positive: money lost for each false alarm: a wasted review, an annoyed
            customer (>= 0).
        cost_false_negative: money lost for each positive the model misses (>= 0).
    """

    monthly_volume: float
    prevalence: float
    value_true_positive: float
    cost_false_positive: float
    cost_false_negative: float


@dataclass(frozen=True)
class ExpectedCounts:
    """Expected confusion-matrix counts for one month (floats: they are expectations)."""

    true_positives: float
    false_positives: float
    false_negatives: float
    true_negatives: float


def expected_counts(case: BusinessCase, precision: float, recall: float) -> ExpectedCounts:
    """The confusion matrix a model with this precision and recall produces in a month.

    positives = volume * prevalence; the model catches recall of them (true positives) and
    misses the rest (false negatives). Precision = TP / (TP + FP) fixes the false positives:
    FP = TP * (1 - precision) / precision. Every other case is a true negative.

    Args:
        case: the business case.
        precision: in (0, 1].
        recall: in [0, 1].

    Returns:
        ExpectedCounts whose four counts add up to the monthly volume.

    Raises:
        ValueError: when precision is not in (0, 1], recall or prevalence not in [0, 1], the
            volume is negative, or the false positives would outnumber the negatives (no model
            on this volume can have this precision and recall).

    Example:
        >>> case = BusinessCase(monthly_volume=10_000, prevalence=0.02, value_true_positive=300,
        ...                     cost_false_positive=20, cost_false_negative=100)
        >>> expected_counts(case, precision=0.5, recall=0.8)
        ExpectedCounts(true_positives=160.0, false_positives=160.0, false_negatives=40.0, true_negatives=9640.0)

    Why it matters: precision and recall are ratios; a budget needs counts. The same model
    catches 16 frauds a month on a small shop and 16,000 on a large one.
    """
    if not 0 < precision <= 1 or not 0 <= recall <= 1:
        raise ValueError(f"precision must be in (0, 1] and recall in [0, 1], got {precision}, {recall}")
    if not 0 <= case.prevalence <= 1 or case.monthly_volume < 0:
        raise ValueError("prevalence must be in [0, 1] and the volume must not be negative")
    positives = case.monthly_volume * case.prevalence
    negatives = case.monthly_volume - positives
    true_positives = recall * positives
    false_positives = true_positives * (1 - precision) / precision
    if false_positives > negatives * (1 + 1e-12):
        raise ValueError(f"{false_positives:.1f} false positives but only {negatives:.1f} negatives: "
                         "these metrics are impossible on this volume")
    return ExpectedCounts(true_positives, false_positives, positives - true_positives,
                          negatives - false_positives)


def expected_monthly_value(case: BusinessCase, precision: float, recall: float) -> float:
    """Expected money per month from the model's decisions.

    value = TP * value_true_positive - FP * cost_false_positive - FN * cost_false_negative,
    with the counts of ``expected_counts`` (true negatives are worth nothing either way).

    Args:
        case: the business case.
        precision: in (0, 1].
        recall: in [0, 1].

    Returns:
        The expected value per month (negative when the model loses money).

    Raises:
        ValueError: as ``expected_counts``.

    Example:
        >>> case = BusinessCase(monthly_volume=10_000, prevalence=0.02, value_true_positive=300,
        ...                     cost_false_positive=20, cost_false_negative=100)
        >>> expected_monthly_value(case, precision=0.5, recall=0.8)  # 160*300 - 160*20 - 40*100
        40800.0

    Why it matters: stakeholders decide in money. "Recall 0.8" means nothing to them;
    "about $40,800 a month" starts a conversation.
    """
    counts = expected_counts(case, precision, recall)
    return (counts.true_positives * case.value_true_positive
            - counts.false_positives * case.cost_false_positive
            - counts.false_negatives * case.cost_false_negative)


def value_of_improvement(case: BusinessCase, before: tuple[float, float],
                         after: tuple[float, float]) -> float:
    """The change in expected monthly value when (precision, recall) moves from before to after.

    Args:
        case: the business case.
        before: (precision, recall) of the current model.
        after: (precision, recall) of the candidate model.

    Returns:
        value(after) - value(before): positive when the candidate is worth more per month.

    Raises:
        ValueError: as ``expected_counts``, for either pair.

    Example:
        >>> case = BusinessCase(monthly_volume=10_000, prevalence=0.02, value_true_positive=300,
        ...                     cost_false_positive=20, cost_false_negative=100)
        >>> value_of_improvement(case, before=(0.5, 0.8), after=(0.5, 0.85))  # 10 more caught
        3800.0

    Why it matters: it tells you whether two more weeks of tuning are worth an engineer's time,
    and which metric is worth improving first.
    """
    return expected_monthly_value(case, *after) - expected_monthly_value(case, *before)
