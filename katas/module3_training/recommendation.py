"""Kata 3.5: choose a model and explain the choice to a stakeholder."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass
class Recommendation:
    """A model choice a stakeholder can act on: what, against what, and what it costs."""

    chosen: str  #: the recommended model's name
    runner_up: str | None  #: the best alternative, None when the board has one model
    metric: str  #: the metric the choice was made on, e.g. "average precision"
    score_gap: float  #: chosen mean minus runner-up mean (negative: we gave up some score)
    speedup: float  #: runner-up ms_per_row divided by chosen ms_per_row
    summary: str  #: one or two plain sentences for the stakeholder


def recommend_model(board: pd.DataFrame, *, metric: str, budget_ms_per_row: float) -> Recommendation:
    """Recommend a model from a leaderboard, preferring the faster model when scores are a tie.

    The rules, in order:

    1. Only models with ``ms_per_row <= budget_ms_per_row`` can be chosen.
    2. The leader is the affordable model with the highest ``mean`` (ties: the first in board order).
    3. Every affordable model whose ``mean`` is at least ``leader.mean - leader.std`` is as good
       as the leader within the fold-to-fold noise. Among those, choose the fastest (lowest
       ``ms_per_row``; equal speed: the higher mean). Simpler and faster wins a tie.
    4. The runner-up is the highest-``mean`` affordable model other than the chosen one; if
       there is none, the highest-``mean`` model over budget; ``None`` for a one-model board.
    5. ``score_gap = chosen.mean - runner_up.mean`` and ``speedup = runner_up.ms_per_row /
       chosen.ms_per_row`` (both 0.0 without a runner-up).
    6. ``summary`` names the chosen model, the runner-up, the metric, and both mean scores
       written with three decimals (``f"{score:.3f}"``), and says what the choice trades.

    Args:
        board: a leaderboard with columns ``model``, ``mean``, ``std``, ``ms_per_row`` (> 0; others,
            such as ``fit_seconds``, may be present), one row per model, any order.
        metric: the human name of the metric the scores are in.
        budget_ms_per_row: the largest acceptable prediction time per row, in milliseconds.

    Returns:
        A ``Recommendation``.

    Raises:
        ValueError: if the board is empty or no model fits the budget.

    Example:
        >>> board = pd.DataFrame({"model": ["xgboost", "logistic_regression"], "mean": [0.82, 0.80],
        ...                       "std": [0.03, 0.02], "ms_per_row": [0.2, 0.01]})
        >>> rec = recommend_model(board, metric="average precision", budget_ms_per_row=1.0)
        >>> rec.chosen, rec.runner_up, round(rec.score_gap, 3), round(rec.speedup)
        ('logistic_regression', 'xgboost', -0.02, 20)

    Why it matters: "XGBoost won" is not a decision. A stakeholder needs the metric, the
    alternative and the price: two points of score for twenty times the serving cost is a
    trade they may well refuse.
    """
    raise NotImplementedError("kata 3.5: implement recommend_model")
