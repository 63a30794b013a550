# Known-wrong for kata 3.5: the runner-up is the best other model overall, even if over budget.


def recommend_model(board, *, metric, budget_ms_per_row):
    affordable = board[board["ms_per_row"] <= budget_ms_per_row]
    if affordable.empty:
        raise ValueError("no model fits the budget")
    leader = affordable.loc[affordable["mean"].idxmax()]
    tied = affordable[affordable["mean"] >= leader["mean"] - leader["std"]]
    chosen = tied.sort_values(["ms_per_row", "mean"], ascending=[True, False]).iloc[0]
    others = board[board["model"] != chosen["model"]]
    if others.empty:
        return Recommendation(chosen["model"], None, metric, 0.0, 0.0, f"Use {chosen['model']}.")
    runner_up = others.loc[others["mean"].idxmax()]
    gap = float(chosen["mean"] - runner_up["mean"])
    speedup = float(runner_up["ms_per_row"] / chosen["ms_per_row"])
    summary = (f"Use {chosen['model']} ({metric} {chosen['mean']:.3f}) over {runner_up['model']} "
               f"({metric} {runner_up['mean']:.3f}).")
    return Recommendation(chosen["model"], runner_up["model"], metric, gap, speedup, summary)
