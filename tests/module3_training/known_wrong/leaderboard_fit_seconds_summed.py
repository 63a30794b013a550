# Known-wrong for kata 3.3: fit_seconds adds up the folds' fit times instead of averaging them.

_leaderboard_with_mean_fit_time = leaderboard


def leaderboard(models, X, y, folds, scoring="average_precision"):
    board = _leaderboard_with_mean_fit_time(models, X, y, folds, scoring)
    board["fit_seconds"] = board["fit_seconds"] * len(folds)
    return board
