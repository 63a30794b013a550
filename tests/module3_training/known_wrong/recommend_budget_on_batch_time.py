# Known-wrong for kata 3.5: applies the latency budget to the batch time per row, a throughput
# figure, so a model that is cheap in bulk but slow per request passes.

_correct_recommend = recommend_model


def recommend_model(board, *, metric, budget_ms):
    return _correct_recommend(board.assign(p95_latency_ms=board["batch_ms_per_row"]), metric=metric,
                              budget_ms=budget_ms)
