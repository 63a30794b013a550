# Known-wrong for kata 3.5: takes the first affordable row as the leader, as if every board came
# sorted best first.


def recommend_model(board, *, metric, budget_ms):
    if board.empty:
        raise ValueError("the leaderboard is empty")
    folds = [np.asarray(scores, dtype=float) for scores in board["fold_scores"]]
    if len({len(scores) for scores in folds}) != 1 or len(folds[0]) < 2:
        raise ValueError("every model needs the same number of fold scores, at least two")
    affordable = board[board["p95_latency_ms"] <= budget_ms]
    if affordable.empty:
        raise ValueError(f"no model answers one request within {budget_ms} ms (p95)")
    leader = affordable.iloc[0]  # "the board is sorted best first"
    tied = affordable[[_within_noise(leader["fold_scores"], scores) for scores in affordable["fold_scores"]]]
    chosen = tied.sort_values(["p95_latency_ms", "mean"], ascending=[True, False], kind="stable").iloc[0]
    others = affordable[affordable["model"] != chosen["model"]]
    if others.empty:
        others = board[board["p95_latency_ms"] > budget_ms]
    if others.empty:
        return Recommendation(chosen["model"], None, metric, 0.0, 0.0,
                              f"Use {chosen['model']} ({metric} {chosen['mean']:.3f}).")
    runner_up = others.loc[others["mean"].idxmax()]
    gap = float(chosen["mean"] - runner_up["mean"])
    speedup = float(runner_up["p95_latency_ms"] / chosen["p95_latency_ms"])
    summary = (f"Use {chosen['model']} ({metric} {chosen['mean']:.3f}) over {runner_up['model']} "
               f"({metric} {runner_up['mean']:.3f}), {speedup:.1f}x the speed per request.")
    return Recommendation(chosen["model"], runner_up["model"], metric, gap, speedup, summary)
