"""Kata 3.5: a model recommendation that names the metric, the runner-up and the trade-off."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from katas.module3_training.recommendation import Recommendation, recommend_model

FILE = "katas/module3_training/recommendation.py"
WHERE = f"recommend_model ({FILE})"
NAMES = ["logistic_regression", "xgboost", "random_forest", "baseline", "Flabébé_net", "knn"]


def board(rows):
    return pd.DataFrame(rows, columns=["model", "mean", "std", "fit_seconds", "ms_per_row"])


STAKEHOLDER_BOARD = board([
    ("xgboost", 0.82, 0.03, 0.40, 0.20),
    ("logistic_regression", 0.80, 0.02, 0.01, 0.01),
    ("random_forest", 0.78, 0.04, 0.30, 0.50),
    ("baseline", 0.08, 0.00, 0.00, 0.001),
])


def test_a_lead_within_the_noise_goes_to_the_faster_model():
    rec = recommend_model(STAKEHOLDER_BOARD, metric="average precision", budget_ms_per_row=1.0)
    assert isinstance(rec, Recommendation), f"{WHERE} must return a Recommendation"
    assert rec.chosen == "logistic_regression", (
        f"{WHERE} chose {rec.chosen!r}. xgboost leads by 0.02, less than its own spread between folds "
        "(0.03), and logistic_regression predicts 20x faster: within the noise, prefer the faster model")
    assert rec.runner_up == "xgboost", f"{WHERE}: the runner-up is the best other affordable model, xgboost"
    assert rec.score_gap == pytest.approx(-0.02) and rec.speedup == pytest.approx(20.0), (
        f"{WHERE}: score_gap is chosen minus runner-up mean (-0.02) and speedup runner-up ms over "
        f"chosen ms (20); got {rec.score_gap}, {rec.speedup}")
    assert rec.metric == "average precision"


def test_a_clear_lead_wins_even_if_slower():
    clear = STAKEHOLDER_BOARD.assign(mean=[0.90, 0.80, 0.78, 0.08])
    rec = recommend_model(clear, metric="F1", budget_ms_per_row=1.0)
    assert rec.chosen == "xgboost" and rec.runner_up == "logistic_regression", (
        f"{WHERE} chose {rec.chosen!r} over {rec.runner_up!r}: xgboost leads by 0.10, far more than the "
        "noise (0.03), so it should win")


def test_the_budget_rules_out_slow_models():
    rec = recommend_model(STAKEHOLDER_BOARD.assign(mean=[0.95, 0.80, 0.78, 0.08]), metric="F1",
                          budget_ms_per_row=0.1)
    assert rec.chosen == "logistic_regression", (
        f"{WHERE} chose {rec.chosen!r}, which needs more than the 0.1 ms per row budget")
    with pytest.raises(ValueError):
        recommend_model(STAKEHOLDER_BOARD, metric="F1", budget_ms_per_row=0.0001)


def test_the_summary_speaks_to_a_stakeholder():
    rec = recommend_model(STAKEHOLDER_BOARD, metric="average precision", budget_ms_per_row=1.0)
    for needed in ["logistic_regression", "xgboost", "average precision", "0.800", "0.820"]:
        assert needed in rec.summary, (
            f"{WHERE}: the summary must name both models, the metric and both scores to three decimals; "
            f"{needed!r} is missing from: {rec.summary!r}")


def test_a_one_model_board_has_no_runner_up():
    rec = recommend_model(STAKEHOLDER_BOARD.iloc[[1]], metric="F1", budget_ms_per_row=1.0)
    assert rec.chosen == "logistic_regression" and rec.runner_up is None, (
        f"{WHERE}: with one model there is no runner-up (None)")


row = st.tuples(st.floats(0, 1), st.floats(0, 0.2), st.floats(0.001, 10))


@given(st.lists(row, min_size=1, max_size=6), st.floats(0.001, 10))
def test_recommendation_rules_hold_on_any_board(rows, budget):
    frame = board([(NAMES[i], m, s, 0.1, ms) for i, (m, s, ms) in enumerate(rows)])
    affordable = frame[frame["ms_per_row"] <= budget]
    if affordable.empty:
        with pytest.raises(ValueError):
            recommend_model(frame, metric="F1", budget_ms_per_row=budget)
        return
    rec = recommend_model(frame, metric="F1", budget_ms_per_row=budget)
    by_name = frame.set_index("model")
    chosen = by_name.loc[rec.chosen]
    leader = affordable.loc[affordable["mean"].idxmax()]
    assert chosen["ms_per_row"] <= budget, f"{WHERE} chose {rec.chosen!r}, which is over budget"
    assert chosen["mean"] >= leader["mean"] - leader["std"], (
        f"{WHERE} chose {rec.chosen!r} at {chosen['mean']:.3f}, outside the leader's noise band "
        f"({leader['mean']:.3f} - {leader['std']:.3f})")
    tied = affordable[affordable["mean"] >= leader["mean"] - leader["std"]]
    assert chosen["ms_per_row"] == tied["ms_per_row"].min(), (
        f"{WHERE} chose {rec.chosen!r}, but a faster model scores within the leader's noise band")
    if len(frame) == 1:
        assert rec.runner_up is None
        return
    others = affordable[affordable["model"] != rec.chosen]
    pool = others if not others.empty else frame[frame["ms_per_row"] > budget]
    assert rec.runner_up != rec.chosen and by_name.loc[rec.runner_up, "mean"] == pool["mean"].max(), (
        f"{WHERE}: runner-up {rec.runner_up!r} is not the best remaining affordable model")
    assert rec.score_gap == pytest.approx(chosen["mean"] - by_name.loc[rec.runner_up, "mean"])
    assert rec.speedup == pytest.approx(by_name.loc[rec.runner_up, "ms_per_row"] / chosen["ms_per_row"])
