"""Kata 0.4: a one-paragraph summary of a model for people who will never read its metrics."""

from __future__ import annotations

from dataclasses import dataclass

#: Words a non-technical reader should not have to decode (matched as whole words, any case).
JARGON = ("precision", "recall", "F1", "AUC", "ROC", "confusion matrix", "threshold",
          "hyperparameter", "logit", "classifier")

#: The most words the summary may use besides the task and the limitations it repeats.
MAX_OWN_WORDS = 90

#: The normal quantile of a two-sided 95% range.
Z_95 = 1.96


@dataclass(frozen=True)
class ModelResults:
    """What the evaluation found, before anyone has put it into words.

    Attributes:
        task: what the model does, in plain words, e.g. "flags fraudulent orders for review".
        catch_rate: share of the real cases the model catches (the recall), in [0, 1].
        catch_rate_low: lower end of the 95% confidence interval of the catch rate: a range
            for the model's long-run rate, the share it would catch over very many cases. It is
            NOT the range of what one month will show.
        catch_rate_high: upper end of that confidence interval.
        positives_per_month: how many real cases arrive in a month (>= 1).
        false_alarm_share: share of the cases it flags that are not real (1 - precision) at
            the expected share of real cases.
        monthly_value: expected money per month (negative for a loss).
        will_not_do: what the model will not do, each in plain words, e.g. "judge orders from
            countries it has never seen".
    """

    task: str
    catch_rate: float
    catch_rate_low: float
    catch_rate_high: float
    positives_per_month: int
    false_alarm_share: float
    monthly_value: float
    will_not_do: tuple[str, ...]


def stakeholder_summary(results: ModelResults) -> str:
    """Write one paragraph a manager can read in thirty seconds and repeat correctly.

    The paragraph must:

    * contain the task text as given;
    * give the catch rate and both ends of its confidence interval, saying that the interval
      is about the long-run rate;
    * give the range a single month's catch rate will fall in about 19 months out of 20 (see
      :func:`monthly_range`): with a few hundred cases a month, chance alone moves a month's
      rate by several points, so the confidence interval would be a promise broken every
      other month;
    * give the false-alarm share;
    * write every share as a whole percentage formatted like ``f"{x:.0%}"`` ("80%");
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
        ValueError: when will_not_do is empty (every model has limits: say them), the
            interval does not hold the catch rate (0 <= low <= catch_rate <= high <= 1; a NaN
            among them never does), or positives_per_month < 1.

    Example:
        >>> results = ModelResults("flags fraudulent orders for review", 0.8, 0.74, 0.85, 200,
        ...                        0.5, 40_800, ("judge orders from countries it has never seen",))
        >>> print(stakeholder_summary(results))  # doctest: +NORMALIZE_WHITESPACE
        The model flags fraudulent orders for review. It catches about 80% of the real cases:
        we are 95% sure its long-run rate lies between 74% and 85%, and with about 200 real
        cases a month, a single month will usually show between 72% and 88%. 50% of the cases
        it flags turn out to be false alarms. We expect it to be worth about $41,000 a month.
        What it will not do: judge orders from countries it has never seen.

    Why it matters: a model nobody understands does not get used, and a model whose limits
    nobody heard about gets used where it fails. The number, its uncertainty and its limits
    belong in the first paragraph.
    """
    raise NotImplementedError("kata 0.4: implement stakeholder_summary")


def monthly_range(results: ModelResults) -> tuple[float, float]:
    """The range one month's observed catch rate falls in about 95% of months.

    A month's rate varies for two reasons: chance among its positives_per_month real cases
    (binomial variance p(1 - p) / n) and our uncertainty about the long-run rate p itself
    (its standard error, read off the confidence interval as (high - low) / (2 * 1.96)).
    Adding the two variances gives the normal-approximation prediction range::

        p +/- 1.96 * sqrt(p * (1 - p) / n + ((high - low) / (2 * 1.96)) ** 2)

    clipped to [0, 1], with p = catch_rate and n = positives_per_month (taken as fixed).

    Args:
        results: the evaluation results.

    Returns:
        (low, high), shares in [0, 1].

    Raises:
        ValueError: when positives_per_month < 1.

    Example:
        >>> r = ModelResults("flags fraud", 0.8, 0.74, 0.85, 200, 0.5, 40_800, ("x",))
        >>> [round(x, 3) for x in monthly_range(r)]  # chance alone would give 0.745 to 0.855
        [0.722, 0.878]

    Why it matters: a confidence interval answers "what is the model's true rate?"; a manager
    asks "what will next month look like?". Those are different ranges, and the second one is
    wider.
    """
    raise NotImplementedError("kata 0.4: implement monthly_range")
