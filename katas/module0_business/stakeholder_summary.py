"""Kata 0.4: a one-paragraph summary of a model for people who will never read its metrics."""

from __future__ import annotations

from dataclasses import dataclass

#: Words a non-technical reader should not have to decode (matched as whole words, any case).
JARGON = ("precision", "recall", "F1", "AUC", "ROC", "confusion matrix", "threshold",
          "hyperparameter", "logit", "classifier")

#: The most words the summary may use besides the task and the limitations it repeats.
MAX_OWN_WORDS = 80


@dataclass(frozen=True)
class ModelResults:
    """What the evaluation found, before anyone has put it into words.

    Attributes:
        task: what the model does, in plain words, e.g. "flags fraudulent orders for review".
        catch_rate: share of the real cases the model catches (the recall), in [0, 1].
        catch_rate_low: lower end of the 95% interval of the catch rate.
        catch_rate_high: upper end of the 95% interval of the catch rate.
        false_alarm_share: share of the cases it flags that are not real (1 - precision).
        monthly_value: expected money per month (negative for a loss).
        will_not_do: what the model will not do, each in plain words, e.g. "judge orders from
            countries it has never seen".
    """

    task: str
    catch_rate: float
    catch_rate_low: float
    catch_rate_high: float
    false_alarm_share: float
    monthly_value: float
    will_not_do: tuple[str, ...]


def stakeholder_summary(results: ModelResults) -> str:
    """Write one paragraph a manager can read in thirty seconds and repeat correctly.

    The paragraph must:

    * contain the task text as given;
    * give the catch rate, both ends of its interval and the false-alarm share as whole
      percentages formatted like ``f"{x:.0%}"`` ("80%");
    * give the monthly value in dollars, rounded to the nearest thousand, with thousands
      separators: "$41,000"; a loss with a leading minus: "-$3,000";
    * repeat every item of ``will_not_do`` word for word;
    * use none of the words in ``JARGON`` (whole words, any case);
    * be one paragraph (no line breaks) of at most ``MAX_OWN_WORDS`` words besides the task
      and the limitations.

    Wording and order are yours.

    Args:
        results: the evaluation results.

    Returns:
        The paragraph.

    Raises:
        ValueError: when will_not_do is empty (every model has limits: say them), or the
            interval does not hold the catch rate (0 <= low <= catch_rate <= high <= 1).

    Example:
        >>> results = ModelResults("flags fraudulent orders for review", 0.8, 0.74, 0.85, 0.5,
        ...                        40_800, ("judge orders from countries it has never seen",))
        >>> print(stakeholder_summary(results))  # doctest: +NORMALIZE_WHITESPACE
        The model flags fraudulent orders for review. It catches about 80% of the real cases
        (on new data we expect between 74% and 85%), and 50% of the cases it flags turn out
        to be false alarms. We expect it to be worth about $41,000 a month. What it will not
        do: judge orders from countries it has never seen.

    Why it matters: a model nobody understands does not get used, and a model whose limits
    nobody heard about gets used where it fails. The number, its uncertainty and its limits
    belong in the first paragraph.
    """
    raise NotImplementedError("kata 0.4: implement stakeholder_summary")

