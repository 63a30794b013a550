# Known-wrong for kata 3.5: the runner-up is the best other model overall, even if over budget.


def recommend_model(board, *, metric, budget_ms):
    affordable = board[board["p95_latency_ms"] <= budget_ms]
    if board.empty or affordable.empty:
        raise ValueError("no model fits the budget")
    if len({len(s) for s in board["fold_scores"]}) != 1 or len(board["fold_scores"].iloc[0]) < 2:
        raise ValueError("fold scores")
    leader = affordable.loc[affordable["mean"].idxmax()]
    tied = affordable[[_within_noise(leader["fold_scores"], s) for s in affordable["fold_scores"]]]
    chosen = tied.sort_values(["p95_latency_ms", "mean"], ascending=[True, False]).iloc[0]
    others = board[board["model"] != chosen["model"]]
    if others.empty:
        return Recommendation(chosen["model"], None, metric, 0.0, 0.0, f"Use {chosen['model']}.")
    runner_up = others.loc[others["mean"].idxmax()]
    gap = float(chosen["mean"] - runner_up["mean"])
    speedup = float(runner_up["p95_latency_ms"] / chosen["p95_latency_ms"])
    summary = (f"Use {chosen['model']} ({metric} {chosen['mean']:.3f}) over {runner_up['model']} "
               f"({metric} {runner_up['mean']:.3f}).")
    return Recommendation(chosen["model"], runner_up["model"], metric, gap, speedup, summary)
