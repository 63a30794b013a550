"""Kata 4.7: calibration: do predicted probabilities mean what they say?"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

RELIABILITY_COLUMNS = ["bin_low", "bin_high", "count", "mean_predicted", "observed_rate"]


def reliability_table(y_true: Sequence[int] | np.ndarray, y_prob: Sequence[float] | np.ndarray,
                      n_bins: int = 10) -> pd.DataFrame:
    """Group predictions into equal-width probability bins and compare each bin's mean
    prediction with how often the event actually happened.

    The bin edges are ``numpy.linspace(0, 1, n_bins + 1)``; a probability ``p`` goes to bin
    ``numpy.searchsorted(edges[1:-1], p)``: bins are closed on the right (0.1 is in the first of
    ten bins), 0.0 falls in the first bin and 1.0 in the last (the same binning as
    scikit-learn's ``calibration_curve``).

    Args:
        y_true: 0/1 labels.
        y_prob: predicted probabilities of class 1, each in [0, 1].
        n_bins: number of bins, at least 1.

    Returns:
        A DataFrame with exactly the columns ``RELIABILITY_COLUMNS``, one row per non-empty
        bin in increasing order: the bin's edges, the number of predictions in it, their mean,
        and the share of them whose label is 1. Index ``0..n-1``.

    Raises:
        ValueError: for empty or mismatched inputs, ``n_bins < 1``, or a probability outside
            [0, 1] (NaN included).

    Example:
        >>> reliability_table([0, 0, 1, 1], [0.1, 0.2, 0.7, 0.9], n_bins=2).values.tolist()
        [[0.0, 0.5, 2.0, 0.15000000000000002, 0.0], [0.5, 1.0, 2.0, 0.8, 1.0]]

    Why it matters: a model that says "80% sure" should be right about 80% of the time, or
    every downstream decision that uses the probability (a price, a threshold, a triage queue)
    is off, even when the ranking is perfect.
    """
    truth, probability = _checked(y_true, y_prob)
    if n_bins < 1:
        raise ValueError(f"n_bins must be at least 1, got {n_bins}")
    edges = np.linspace(0, 1, n_bins + 1)
    bins = np.searchsorted(edges[1:-1], probability)
    frame = pd.DataFrame({"bin": bins, "p": probability, "y": truth})
    table = frame.groupby("bin").agg(count=("p", "size"), mean_predicted=("p", "mean"), observed_rate=("y", "mean"))
    table["bin_low"] = edges[table.index]
    table["bin_high"] = edges[table.index + 1]
    return table.reset_index(drop=True)[RELIABILITY_COLUMNS]


def brier_score(y_true: Sequence[int] | np.ndarray, y_prob: Sequence[float] | np.ndarray) -> float:
    """The mean squared difference between predicted probability and outcome (0 is perfect).

    The Brier score measures overall probabilistic accuracy, not calibration alone: it mixes
    reliability (are the probabilities right on average?), resolution (do they separate the
    cases that happen from those that do not?) and the uncertainty of the outcome itself
    (Murphy's decomposition). A model that always predicts the base rate is perfectly
    calibrated and still scores poorly; measure calibration with ``reliability_table`` and
    ``expected_calibration_error``.

    Raises:
        ValueError: as for ``reliability_table``.

    Example:
        >>> brier_score([1, 0], [0.8, 0.4])
        0.1

    Why it matters: one number that punishes confident mistakes; lower is better, and a model
    that always predicts the base rate sets the bar.
    """
    truth, probability = _checked(y_true, y_prob)
    return float(np.mean((probability - truth) ** 2))


def expected_calibration_error(y_true: Sequence[int] | np.ndarray, y_prob: Sequence[float] | np.ndarray,
                               n_bins: int = 10) -> float:
    """How far predicted probabilities are from observed frequencies, on average over predictions.

    With the bins of ``reliability_table``: the sum over non-empty bins of
    ``count / n * |mean_predicted - observed_rate|``, each bin weighted by its share of the
    predictions (a bin of 3 predictions weighs little). 0 means every bin's mean prediction
    matches its observed rate.

    Args:
        y_true: 0/1 labels.
        y_prob: predicted probabilities of class 1, each in [0, 1].
        n_bins: number of bins, at least 1.

    Returns:
        The error, a float in [0, 1].

    Raises:
        ValueError: as for ``reliability_table``.

    Example:
        >>> round(expected_calibration_error([0, 0, 1, 1], [0.1, 0.2, 0.7, 0.9], n_bins=2), 3)
        0.175

    Why it matters: a probability used as a price, a threshold or a risk score must mean what it
    says. Unlike the Brier score, this number is about calibration only: a model that always
    predicts the base rate scores 0 here, however useless its ranking. It depends on the bins
    and is noisy with few predictions per bin; read it with the reliability table and its counts.
    """
    table = reliability_table(y_true, y_prob, n_bins=n_bins)
    weights = table["count"] / table["count"].sum()
    return float(np.sum(weights * (table["mean_predicted"] - table["observed_rate"]).abs()))


def _checked(y_true, y_prob) -> tuple[np.ndarray, np.ndarray]:
    truth = np.asarray(y_true, dtype=float)
    probability = np.asarray(y_prob, dtype=float)
    if len(truth) != len(probability) or len(truth) == 0:
        raise ValueError(f"need non-empty inputs of equal length, got {len(truth)} and {len(probability)}")
    if not np.all((probability >= 0) & (probability <= 1)):  # also False for NaN
        raise ValueError("probabilities must lie in [0, 1]")
    return truth, probability
