# Known-wrong for kata 3.3: sort_values("mean") without ascending=False puts the worst model on top.

_correct_leaderboard = leaderboard


def leaderboard(models, X, y, folds, scoring="average_precision"):
    board = _correct_leaderboard(models, X, y, folds, scoring)
    return board.sort_values("mean").reset_index(drop=True)
