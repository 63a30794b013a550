"""Kata 3.5: choose a model and explain the choice to a stakeholder."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass
class Recommendation:
    """A model choice a stakeholder can act on: what, against what, and what it costs."""

    chosen: str  #: the recommended model's name
    runner_up: str | None  #: the best alternative, None when the board has one model
    metric: str  #: the metric the choice was made on, e.g. "average precision"
    score_gap: float  #: chosen mean minus runner-up mean (negative: we gave up some score)
    speedup: float  #: runner-up p95_latency_ms divided by chosen p95_latency_ms
    summary: str  #: one or two plain sentences for the stakeholder


def recommend_model(board: pd.DataFrame, *, metric: str, budget_ms: float) -> Recommendation:
    """Recommend a model from a leaderboard, preferring the faster model when the lead is noise.

    The rules, in order:

    1. Only models whose single-request latency ``p95_latency_ms`` is at most ``budget_ms`` can
       be chosen (a latency budget is about one request, not about batch throughput).
    2. The leader is the affordable model with the highest ``mean`` (ties: the first in board
       order).
    3. Compare every affordable model with the leader fold by fold. The models were scored on
       the same folds, so take the paired differences ``d = leader.fold_scores -
       model.fold_scores`` (one per fold), their mean ``d_mean`` and their standard error
       ``se = std(d, ddof=1) / sqrt(k)`` over the ``k`` folds. A model is within the noise of
       the leader when ``d_mean <= se`` (the leader itself always is). Among those, choose the
       lowest ``p95_latency_ms``; equal latency: the higher mean. Simpler and faster wins a tie.
    4. The runner-up is the highest-``mean`` affordable model other than the chosen one; if
       there is none, the highest-``mean`` model over budget; ``None`` for a one-model board.
    5. ``score_gap = chosen.mean - runner_up.mean`` and ``speedup = runner_up.p95_latency_ms /
       chosen.p95_latency_ms`` (both 0.0 without a runner-up).
    6. ``summary`` names the chosen model, the runner-up, the metric, and both mean scores
       written with three decimals (``f"{score:.3f}"``), and says what the choice trades.

    Why paired differences: a hard fold is hard for every model, so one model's fold-to-fold
    spread mostly measures the folds, not the doubt about a difference between two models. A
    model that trails by 0.01 on every fold is consistently worse, however large each model's
    own spread; one that wins some folds and loses others by more than its average deficit is
    not. The rule is a heuristic, not a significance test: fold scores share most of their
    training rows, so ``se`` understates the uncertainty (Nadeau and Bengio's corrected
    resampled t-test widens it), and with five folds a small lead deserves a repeated
    cross-validation before anyone acts on it.

    Args:
        board: a leaderboard (kata 3.3) with columns ``model``, ``mean``, ``fold_scores`` (the
            per-fold scores, same folds and order for every model) and ``p95_latency_ms``
            (> 0); others may be present. One row per model, any order.
        metric: the human name of the metric the scores are in.
        budget_ms: the largest acceptable single-request latency (p95), in milliseconds.

    Returns:
        A ``Recommendation``.

    Raises:
        ValueError: if the board is empty, no model fits the budget, or the models do not all
            have the same number of fold scores (at least two).

    Example:
        >>> board = pd.DataFrame({"model": ["xgboost", "logistic_regression"],
        ...     "mean": [0.82, 0.80], "fold_scores": [(0.85, 0.78, 0.83), (0.80, 0.81, 0.79)],
        ...     "p95_latency_ms": [4.0, 0.2]})
        >>> rec = recommend_model(board, metric="average precision", budget_ms=10.0)
        >>> rec.chosen, rec.runner_up, round(rec.score_gap, 3), round(rec.speedup)
        ('logistic_regression', 'xgboost', -0.02, 20)

    Why it matters: "XGBoost won" is not a decision. A stakeholder needs the metric, the
    alternative and the price: two points of score, inside the noise, for twenty times the
    latency of every request is a trade they may well refuse.
    """
    if board.empty:
        raise ValueError("the leaderboard is empty")
    folds = [np.asarray(scores, dtype=float) for scores in board["fold_scores"]]
    if len({len(scores) for scores in folds}) != 1 or len(folds[0]) < 2:
        raise ValueError("every model needs the same number of fold scores, at least two")
    affordable = board[board["p95_latency_ms"] <= budget_ms]
    if affordable.empty:
        raise ValueError(f"no model answers one request within {budget_ms} ms (p95)")
    leader = affordable.loc[affordable["mean"].idxmax()]
    tied = affordable[[_within_noise(leader["fold_scores"], scores) for scores in affordable["fold_scores"]]]
    chosen = tied.sort_values(["p95_latency_ms", "mean"], ascending=[True, False], kind="stable").iloc[0]
    others = affordable[affordable["model"] != chosen["model"]]
    if others.empty:
        others = board[board["p95_latency_ms"] > budget_ms]
    if others.empty:
        return Recommendation(chosen["model"], None, metric, 0.0, 0.0,
                              f"Use {chosen['model']} ({metric} {chosen['mean']:.3f}); it is the only model evaluated.")
    runner_up = others.loc[others["mean"].idxmax()]
    gap = float(chosen["mean"] - runner_up["mean"])
    speedup = float(runner_up["p95_latency_ms"] / chosen["p95_latency_ms"])
    if gap < 0:
        trade = (f"it gives up {-gap:.3f} of {metric}, within the fold-to-fold noise of the difference, "
                 f"and answers a request {speedup:.1f}x faster (p95)")
    else:
        trade = f"it leads by {gap:.3f} of {metric} at {1 / speedup:.1f}x the runner-up's p95 latency"
    summary = (f"Use {chosen['model']} ({metric} {chosen['mean']:.3f}) over {runner_up['model']} "
               f"({metric} {runner_up['mean']:.3f}): {trade}.")
    return Recommendation(chosen["model"], runner_up["model"], metric, gap, speedup, summary)


def _within_noise(leader_scores, scores) -> bool:
    """True when the leader's mean lead over ``scores`` is at most one standard error of the paired differences."""
    differences = np.asarray(leader_scores, dtype=float) - np.asarray(scores, dtype=float)
    standard_error = np.std(differences, ddof=1) / math.sqrt(len(differences))
    return bool(differences.mean() <= standard_error)
