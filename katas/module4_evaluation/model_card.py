"""Kata 4.5: a model card (Mitchell et al., 2019) whose numbers are the evaluation's numbers."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from statistics import NormalDist

import numpy as np

SECTIONS = ("Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Training data",
            "Quantitative analyses", "Ethical considerations", "Caveats and recommendations")
GENERATED = "Quantitative analyses"  # the one section computed, not written

Labels = Sequence[int] | np.ndarray


def card_proportions(y_true: Labels, y_pred: Labels) -> dict[str, tuple[int, int]]:
    """The proportions a card reports, by name, in order, as ``(successes, trials)``.

    ``accuracy``: correct predictions of all rows; ``precision``: true positives of the rows
    predicted 1; ``recall``: true positives of the rows truly 1. Trials may be 0 (nothing
    predicted 1, or no positive row): the proportion is then undefined.
    """
    t, p = np.asarray(y_true).astype(bool), np.asarray(y_pred).astype(bool)
    tp = int(np.sum(t & p))
    return {"accuracy": (int(np.sum(t == p)), len(t)), "precision": (tp, int(np.sum(p))),
            "recall": (tp, int(np.sum(t)))}


def f1_or_nan(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """F1 of 0/1 arrays, ``2 tp / (2 tp + fp + fn)``; NaN when undefined (no positive anywhere)."""
    t, p = np.asarray(y_true).astype(bool), np.asarray(y_pred).astype(bool)
    tp, fp, fn = int(np.sum(t & p)), int(np.sum(~t & p)), int(np.sum(t & ~p))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else math.nan


def proportion_interval(successes: int, trials: int, *, confidence: float = 0.95) -> tuple[float, float]:
    """A confidence interval for a proportion ``successes / trials`` (accuracy, precision, recall).

    Use the Wilson score interval (the Clopper–Pearson exact interval is also accepted): both
    keep a real width at the boundary, where 20 positives out of 20 still leave the true rate
    uncertain (Wilson gives about 0.839 to 1.0 at 95%). The normal approximation
    ``p ± z·sqrt(p(1 - p)/n)`` and the percentile bootstrap both collapse there to 1.0 to 1.0.

    Wilson, with ``z`` the ``1 - (1 - confidence) / 2`` quantile of the standard normal
    (1.96 for 95%) and ``p = successes / trials``::

        centre = (p + z²/(2n)) / (1 + z²/n)
        half   = z / (1 + z²/n) · sqrt(p(1 - p)/n + z²/(4n²))

    Args:
        successes: how many trials succeeded, from 0 to ``trials``.
        trials: how many trials, at least 1.
        confidence: the interval's coverage, strictly between 0 and 1 (0.95 means 95%: the
            interval covers the true proportion in about 95% of repeated evaluations).

    Returns:
        ``(low, high)``, within [0, 1].

    Raises:
        ValueError: if ``trials < 1``, ``successes`` is outside 0..trials, or ``confidence`` is
            not strictly between 0 and 1.

    Example:
        >>> [round(x, 3) for x in proportion_interval(20, 20)]
        [0.839, 1.0]

    Why it matters: "recall 1.0 on 20 positives" sounds perfect; "0.84 to 1.0" is what the
    evaluation can actually promise.
    """
    raise NotImplementedError("kata 4.5: implement proportion_interval")


def bootstrap_interval(y_true: Labels, y_pred: Labels, metric: Callable[[np.ndarray, np.ndarray], float], *,
                       n_resamples: int = 1000, confidence: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """A percentile bootstrap confidence interval for ``metric(y_true, y_pred)``.

    For metrics that are not a simple proportion (F1, AUC). Draw ``n_resamples`` resamples of
    the rows with replacement (each the size of the data, all drawn from generators seeded by
    ``seed``, e.g. one ``numpy.random.default_rng(seed)`` for all of them; a generator re-created
    with the same seed for every resample draws the same rows every time), keeping every row's
    label and prediction together, and compute the metric
    on each. A resample where the metric is undefined (NaN, e.g. recall of a resample without
    positives) is dropped, never counted as 0. Return the ``(1 - confidence) / 2`` and
    ``1 - (1 - confidence) / 2`` quantiles of the defined values.

    The percentile bootstrap collapses at the boundary: perfect predictions give every resample
    a perfect score and the interval 1.0 to 1.0. For a proportion use ``proportion_interval``.

    Args:
        y_true: 0/1 labels.
        y_pred: 0/1 predictions, same length.
        metric: ``metric(y_true, y_pred) -> float``, NaN when undefined.
        n_resamples: how many bootstrap resamples.
        confidence: the interval's coverage, e.g. 0.95.
        seed: seed of the resampling; the same seed gives the same interval.

    Returns:
        ``(low, high)`` as floats.

    Raises:
        ValueError: for empty or mismatched inputs, or when the metric is undefined on every
            resample.

    Example:
        >>> bootstrap_interval([1, 0, 1, 1], [1, 0, 1, 1], f1_or_nan)
        (1.0, 1.0)

    Why it matters: "F1 0.81" measured on 60 legendaries could easily be 0.70 or 0.90 on the
    next 60. The interval says how much of the number is the model and how much is luck.
    """
    raise NotImplementedError("kata 4.5: implement bootstrap_interval")


def model_card(texts: dict[str, str], y_true: Labels, y_pred: Labels, *, n_resamples: int = 1000,
               seed: int = 0) -> str:
    """Write a Markdown model card from section texts and the evaluation's labels and predictions.

    The card is ``# Model card`` followed by one ``## <section>`` heading per entry of
    ``SECTIONS``, in that order. Every section's body is ``texts[section]`` (stripped), except
    ``"Quantitative analyses"``, which the function writes from the data:

    * the line ``Evaluated on <n> rows, <p> positive.``;
    * a table with the header ``| metric | value | count | 95% interval |`` and ``|---|---|---|---|``;
    * one row per ``card_proportions`` entry, in order, written exactly as
      ``| recall | 0.850 | 17/20 | 0.640 to 0.948 |``: the proportion on all the data, its
      successes/trials, and its ``proportion_interval`` at 95%, three decimals each. A proportion
      with 0 trials is undefined: ``| precision | n/a | 0/0 | n/a |``;
    * then ``| f1 | 0.812 | - | 0.702 to 0.905 |``: ``f1_or_nan`` on all the data and its
      ``bootstrap_interval`` (``n_resamples``, confidence 0.95, ``seed``); ``n/a`` for the value
      and the interval when F1 is undefined.

    Args:
        texts: section name -> text for every section of ``SECTIONS`` but ``"Quantitative
            analyses"``.
        y_true: the evaluation labels (0/1).
        y_pred: the model's predictions on them (0/1).
        n_resamples: bootstrap resamples for the F1 interval.
        seed: seed of that bootstrap.

    Returns:
        The card as Markdown text.

    Raises:
        ValueError: naming every missing or blank section; or for empty or mismatched inputs.

    Example:
        >>> print(model_card(texts, y_true, y_pred).splitlines()[0])
        # Model card

    Why it matters: a card is how the people who did not build the model learn what it is
    for, where it fails and how sure we are. A number in it that differs from the evaluation
    is worse than no number, and an interval of zero width promises what 20 cases cannot.
    """
    raise NotImplementedError("kata 4.5: implement model_card")
