# Known-right for kata 3.5: a plain loop over the affordable rows with numpy, the runner-up and
# summary built by hand.
import numpy as np


def recommend_model(board, *, metric, budget_ms):
    if len(board) == 0:
        raise ValueError("empty board")
    folds = [tuple(f) for f in board["fold_scores"]]
    k = {len(f) for f in folds}
    if len(k) != 1 or min(k) < 2:
        raise ValueError("fold scores")
    rows = board.reset_index(drop=True)
    aff = rows[rows["p95_latency_ms"] <= budget_ms]
    if len(aff) == 0:
        raise ValueError("no model fits the budget")
    li = aff["mean"].to_numpy().argmax()
    leader = aff.iloc[li]
    within = []
    for i in range(len(aff)):
        r = aff.iloc[i]
        d = np.asarray(leader["fold_scores"], float) - np.asarray(r["fold_scores"], float)
        se = np.std(d, ddof=1) / np.sqrt(len(d))
        if i == li or d.mean() <= se:
            within.append(r)
    chosen = sorted(within, key=lambda r: (r["p95_latency_ms"], -r["mean"]))[0]
    others = aff[aff["model"] != chosen["model"]]
    if len(others) == 0:
        others = rows[rows["p95_latency_ms"] > budget_ms]
    if len(others):
        ru = others.iloc[others["mean"].to_numpy().argmax()]
        gap = float(chosen["mean"] - ru["mean"])
        sp = float(ru["p95_latency_ms"] / chosen["p95_latency_ms"])
        run = str(ru["model"])
        summ = f"We recommend {chosen['model']} ({metric} {chosen['mean']:.3f}) over {run} ({ru['mean']:.3f}): it trades {abs(gap):.3f} of score for {sp:.1f} times faster answers."
    else:
        run, gap, sp = None, 0.0, 0.0
        summ = f"We recommend {chosen['model']} ({metric} {chosen['mean']:.3f}), the only model; there is no alternative to trade against."
    return Recommendation(str(chosen["model"]), run, metric, gap, sp, summ)
