"""Kata 4.5: a model card (Mitchell et al., 2019) whose numbers are the evaluation's numbers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

SECTIONS = ("Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Training data",
            "Quantitative analyses", "Ethical considerations", "Caveats and recommendations")
GENERATED = "Quantitative analyses"  # the one section computed, not written

Labels = Sequence[int] | np.ndarray


def card_metrics() -> dict[str, Callable[[np.ndarray, np.ndarray], float]]:
    """The metrics a card reports, by name, in order: accuracy, precision, recall, f1.

    Each takes 0/1 arrays ``(y_true, y_pred)``. They equal scikit-learn's metrics with
    ``zero_division=0``, written with NumPy because a bootstrap calls them thousands of times.
    """

    def counts(t: np.ndarray, p: np.ndarray) -> tuple[int, int, int]:
        t, p = np.asarray(t).astype(bool), np.asarray(p).astype(bool)
        return int(np.sum(t & p)), int(np.sum(~t & p)), int(np.sum(t & ~p))

    def ratio(numerator: int, denominator: int) -> float:
        return numerator / denominator if denominator else 0.0

    def precision(t, p):
        tp, fp, _ = counts(t, p)
        return ratio(tp, tp + fp)

    def recall(t, p):
        tp, _, fn = counts(t, p)
        return ratio(tp, tp + fn)

    def f1(t, p):
        tp, fp, fn = counts(t, p)
        return ratio(2 * tp, 2 * tp + fp + fn)

    return {"accuracy": lambda t, p: float(np.mean(np.asarray(t) == np.asarray(p))),
            "precision": precision, "recall": recall, "f1": f1}


def bootstrap_interval(y_true: Labels, y_pred: Labels, metric: Callable[[np.ndarray, np.ndarray], float], *,
                       n_resamples: int = 1000, confidence: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """A percentile bootstrap confidence interval for ``metric(y_true, y_pred)``.

    Draw ``n_resamples`` resamples of the rows with replacement (each the size of the data; one
    ``numpy.random.default_rng(seed)`` for all of them), keeping every row's label and
    prediction together, compute the metric on each, and return the ``(1 - confidence) / 2``
    and ``1 - (1 - confidence) / 2`` quantiles of those values.

    Args:
        y_true: 0/1 labels.
        y_pred: 0/1 predictions, same length.
        metric: ``metric(y_true, y_pred) -> float``.
        n_resamples: how many bootstrap resamples.
        confidence: the interval's coverage, e.g. 0.95.
        seed: seed of the resampling; the same seed gives the same interval.

    Returns:
        ``(low, high)`` as floats.

    Raises:
        ValueError: for empty or mismatched inputs.

    Example:
        >>> bootstrap_interval([1, 0, 1, 1], [1, 0, 1, 1], card_metrics()["accuracy"])
        (1.0, 1.0)

    Why it matters: "recall 0.81" measured on 60 legendaries could easily be 0.70 or 0.90 on
    the next 60. The interval says how much of the number is the model and how much is luck.
    """
    truth, predicted = np.asarray(y_true), np.asarray(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError(f"need non-empty arrays of equal length, got {len(truth)} and {len(predicted)}")
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n_resamples):
        rows = rng.integers(0, len(truth), len(truth))  # one index array: label and prediction stay paired
        values.append(metric(truth[rows], predicted[rows]))
    tail = (1 - confidence) / 2
    low, high = np.quantile(values, [tail, 1 - tail])
    return float(low), float(high)


def model_card(texts: dict[str, str], y_true: Labels, y_pred: Labels, *, n_resamples: int = 1000,
               seed: int = 0) -> str:
    """Write a Markdown model card from section texts and the evaluation's labels and predictions.

    The card is ``# Model card`` followed by one ``## <section>`` heading per entry of
    ``SECTIONS``, in that order. Every section's body is ``texts[section]`` (stripped), except
    ``"Quantitative analyses"``, which the function writes from the data:

    * the line ``Evaluated on <n> rows, <p> positive.``;
    * a table with the header ``| metric | value | 95% interval |`` and ``|---|---|---|``, then one
      row per ``card_metrics()`` entry, in order, written exactly as
      ``| precision | 0.812 | 0.702 to 0.905 |``: the metric on all the data and its
      ``bootstrap_interval`` (``n_resamples``, confidence 0.95, ``seed``), three decimals each.

    Args:
        texts: section name -> text for every section of ``SECTIONS`` but ``"Quantitative
            analyses"``.
        y_true: the evaluation labels (0/1).
        y_pred: the model's predictions on them (0/1).
        n_resamples: bootstrap resamples per interval.
        seed: seed for every interval.

    Returns:
        The card as Markdown text.

    Raises:
        ValueError: naming every missing or blank section; or for empty or mismatched inputs.

    Example:
        >>> print(model_card(texts, y_true, y_pred).splitlines()[0])
        # Model card

    Why it matters: a card is how the people who did not build the model learn what it is
    for, where it fails and how sure we are. A number in it that differs from the evaluation
    is worse than no number.
    """
    missing = [s for s in SECTIONS if s != GENERATED and not str(texts.get(s, "")).strip()]
    if missing:
        raise ValueError(f"the model card needs text for: {', '.join(missing)}")
    truth, predicted = np.asarray(y_true), np.asarray(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError("need non-empty labels and predictions of equal length")
    lines = ["# Model card", ""]
    for section in SECTIONS:
        lines.append(f"## {section}")
        lines.append("")
        if section == GENERATED:
            lines += _quantitative_analyses(truth, predicted, n_resamples, seed)
        else:
            lines.append(texts[section].strip())
        lines.append("")
    return "\n".join(lines)


def _quantitative_analyses(truth: np.ndarray, predicted: np.ndarray, n_resamples: int, seed: int) -> list[str]:
    lines = [f"Evaluated on {len(truth)} rows, {int(np.sum(truth))} positive.", "",
             "| metric | value | 95% interval |", "|---|---|---|"]
    for name, metric in card_metrics().items():
        # The value is the metric on the evaluation data itself, not a bootstrap average.
        value = metric(truth, predicted)
        low, high = bootstrap_interval(truth, predicted, metric, n_resamples=n_resamples, seed=seed)
        lines.append(f"| {name} | {value:.3f} | {low:.3f} to {high:.3f} |")
    return lines
