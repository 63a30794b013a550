# Known-wrong for kata 3.3: reports the batch time per row as the request latency, as if one
# request waited 1/200 of a 200-row batch: throughput mistaken for latency.

_correct_leaderboard = leaderboard


def leaderboard(models, X, y, folds, scoring="average_precision"):
    board = _correct_leaderboard(models, X, y, folds, scoring)
    return board.assign(p95_latency_ms=board["batch_ms_per_row"])
