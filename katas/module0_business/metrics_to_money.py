"""Kata 0.3: translate a model's catch rate and false-alarm rate into money per month."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BusinessCase:
    """The business around a yes/no model, e.g. flagging fraudulent orders for review.

    Every amount is priced against one stated baseline, the status quo: today nothing is
    flagged, so every positive causes its loss and nobody spends time on reviews.

    Attributes:
        monthly_volume: cases scored each month (>= 0).
        prevalence: share of cases that are truly positive, in [0, 1].
        loss_per_positive: what one positive costs when nobody acts on it, as today (a fraud's
            chargeback), >= 0. Acting on a flagged positive prevents this loss.
        cost_per_flag: what acting on one flagged case costs (a manual review), paid for every
            flag, right or wrong, >= 0.
    """

    monthly_volume: float
    prevalence: float
    loss_per_positive: float
    cost_per_flag: float


@dataclass(frozen=True)
class ExpectedCounts:
    """Expected confusion-matrix counts for one month (floats: they are expectations)."""

    true_positives: float
    false_positives: float
    false_negatives: float
    true_negatives: float


def expected_counts(case: BusinessCase, recall: float, false_positive_rate: float) -> ExpectedCounts:
    """The confusion matrix a model with this recall and false-positive rate produces in a month.

    positives = volume * prevalence and negatives = volume - positives. The model catches
    recall of the positives (TP = recall * positives) and misses the rest (FN); it flags
    false_positive_rate of the negatives by mistake (FP = false_positive_rate * negatives);
    the other negatives are true negatives.

    Recall and the false-positive rate describe the model itself: each is a share of one true
    class, so they carry over to a month with another prevalence, as long as the cases within
    each class look as they did (only the mix changed). Precision does not: it mixes both
    classes, and the same model's precision falls when positives get rarer (see
    :func:`expected_precision`).

    Args:
        case: the business case.
        recall: share of positives flagged, in [0, 1].
        false_positive_rate: share of negatives flagged, in [0, 1].

    Returns:
        ExpectedCounts whose four counts add up to the monthly volume.

    Raises:
        ValueError: when recall, false_positive_rate or prevalence is not in [0, 1], or the
            volume is negative.

    Example:
        >>> case = BusinessCase(monthly_volume=10_000, prevalence=0.02, loss_per_positive=300,
        ...                     cost_per_flag=20)
        >>> expected_counts(case, recall=0.8, false_positive_rate=0.02)
        ExpectedCounts(true_positives=160.0, false_positives=196.0, false_negatives=40.0, true_negatives=9604.0)

    Why it matters: rates are ratios; a budget needs counts. The same model catches 16 frauds
    a month on a small shop and 16,000 on a large one.
    """
    raise NotImplementedError("kata 0.3: implement expected_counts")


def expected_precision(case: BusinessCase, recall: float, false_positive_rate: float) -> float | None:
    """The share of flagged cases that are truly positive, TP / (TP + FP), at this prevalence.

    Args:
        case: the business case.
        recall: in [0, 1].
        false_positive_rate: in [0, 1].

    Returns:
        The expected precision, or None when the model is expected to flag nothing
        (TP + FP == 0: precision is undefined).

    Raises:
        ValueError: as :func:`expected_counts`.

    Example:
        >>> fraud = BusinessCase(10_000, prevalence=0.02, loss_per_positive=300, cost_per_flag=20)
        >>> round(expected_precision(fraud, 0.8, 0.02), 3)  # 160 / (160 + 196)
        0.449
        >>> rarer = BusinessCase(10_000, prevalence=0.01, loss_per_positive=300, cost_per_flag=20)
        >>> round(expected_precision(rarer, 0.8, 0.02), 3)  # the same model: 80 / (80 + 198)
        0.288

    Why it matters: a precision measured on last year's data, or on a balanced test set, is
    not the precision you will see when the share of positives changes: recompute it from
    recall, the false-positive rate and the prevalence you expect.
    """
    raise NotImplementedError("kata 0.3: implement expected_precision")


def expected_monthly_value(case: BusinessCase, recall: float, false_positive_rate: float) -> float:
    """Expected money per month the model adds compared with the status quo (nothing flagged).

    Against that baseline each outcome is worth:

    * a true positive: + loss_per_positive (the loss is prevented) - cost_per_flag;
    * a false positive: - cost_per_flag (a review for nothing);
    * a false negative: 0, the positive causes its loss exactly as it does today;
    * a true negative: 0.

    So value = TP * loss_per_positive - (TP + FP) * cost_per_flag. A miss is not charged a
    second time: its loss is already in the baseline. The status quo itself (recall 0,
    false_positive_rate 0) is worth exactly 0, and this value is the monthly benefit to put
    into kata 0.2's ``MLProject``.

    Args:
        case: the business case.
        recall: in [0, 1].
        false_positive_rate: in [0, 1].

    Returns:
        The expected value per month (negative when the model loses money).

    Raises:
        ValueError: as :func:`expected_counts`.

    Example:
        >>> case = BusinessCase(monthly_volume=10_000, prevalence=0.02, loss_per_positive=300,
        ...                     cost_per_flag=20)
        >>> expected_monthly_value(case, recall=0.8, false_positive_rate=0.02)  # 160*300 - 356*20
        40880.0

    Why it matters: stakeholders decide in money. "Recall 0.8" means nothing to them;
    "about $41,000 a month more than today" starts a conversation, and it is only right when
    every outcome is priced against the same baseline.
    """
    raise NotImplementedError("kata 0.3: implement expected_monthly_value")


def value_of_improvement(case: BusinessCase, before: tuple[float, float],
                         after: tuple[float, float]) -> float:
    """The change in expected monthly value when (recall, false_positive_rate) moves.

    Args:
        case: the business case.
        before: (recall, false_positive_rate) of the current model, or (0, 0) for the status
            quo of flagging nothing.
        after: (recall, false_positive_rate) of the candidate model.

    Returns:
        value(after) - value(before): positive when the candidate is worth more per month.

    Raises:
        ValueError: as :func:`expected_counts`, for either pair.

    Example:
        >>> case = BusinessCase(monthly_volume=10_000, prevalence=0.02, loss_per_positive=300,
        ...                     cost_per_flag=20)
        >>> value_of_improvement(case, before=(0.8, 0.02), after=(0.85, 0.02))  # 10 more caught
        2800.0

    Why it matters: it tells you whether two more weeks of tuning are worth an engineer's time,
    and which rate is worth improving first.
    """
    raise NotImplementedError("kata 0.3: implement value_of_improvement")
