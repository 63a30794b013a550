# Known-wrong for kata 3.5: the leader is the best model of the whole board, over budget or not.


def recommend_model(board, *, metric, budget_ms):
    if board.empty:
        raise ValueError("the leaderboard is empty")
    folds = [np.asarray(scores, dtype=float) for scores in board["fold_scores"]]
    if len({len(scores) for scores in folds}) != 1 or len(folds[0]) < 2:
        raise ValueError("every model needs the same number of fold scores, at least two")
    affordable = board[board["p95_latency_ms"] <= budget_ms]
    if affordable.empty:
        raise ValueError(f"no model answers one request within {budget_ms} ms (p95)")
    leader = board.loc[board["mean"].idxmax()]
    tied = affordable[[_within_noise(leader["fold_scores"], scores) for scores in affordable["fold_scores"]]]
    if tied.empty:
        tied = affordable.loc[[affordable["mean"].idxmax()]]
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
    summary = (f"Use {chosen['model']} ({metric} {chosen['mean']:.3f}) over {runner_up['model']} "
               f"({metric} {runner_up['mean']:.3f}): {gap:+.3f} of {metric} for {speedup:.1f}x the speed per request.")
    return Recommendation(chosen["model"], runner_up["model"], metric, gap, speedup, summary)
