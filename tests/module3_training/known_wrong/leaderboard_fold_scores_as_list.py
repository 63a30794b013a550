# Known-wrong for kata 3.3: fold_scores holds lists, not the tuples the spec promises.

_correct_leaderboard = leaderboard


def leaderboard(models, X, y, folds, scoring="average_precision"):
    board = _correct_leaderboard(models, X, y, folds, scoring)
    board["fold_scores"] = [list(scores) for scores in board["fold_scores"]]
    return board
