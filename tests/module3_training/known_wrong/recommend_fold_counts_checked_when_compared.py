# Known-wrong for kata 3.5: checks the number of fold scores only among the affordable models,
# so a board whose over-budget model has fewer folds is not refused.
def recommend_model(board: pd.DataFrame, *, metric: str, budget_ms: float) -> Recommendation:
    if board.empty:
        raise ValueError("the leaderboard is empty")
    affordable = board[board["p95_latency_ms"] <= budget_ms]
    if affordable.empty:
        raise ValueError(f"no model answers one request within {budget_ms} ms (p95)")
    folds = [np.asarray(scores, dtype=float) for scores in affordable["fold_scores"]]
    if len({len(scores) for scores in folds}) != 1 or len(folds[0]) < 2:
        raise ValueError("every model needs the same number of fold scores, at least two")
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


