# Known-wrong for kata 3.3: reports the whole validation fold's scoring time, not its time per row.

_correct_leaderboard = leaderboard


def leaderboard(models, X, y, folds, scoring="average_precision"):
    board = _correct_leaderboard(models, X, y, folds, scoring)
    rows = np.mean([len(validation) for _, validation in folds])
    return board.assign(batch_ms_per_row=board["batch_ms_per_row"] * rows)
