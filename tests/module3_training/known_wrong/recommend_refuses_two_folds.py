# Known-wrong for kata 3.5: demands three or more fold scores, refusing a board with two (the
# fewest that give a standard error).

_correct_recommend_model = recommend_model


def recommend_model(board, *, metric, budget_ms):
    if len(board) and min(len(scores) for scores in board["fold_scores"]) <= 2:
        raise ValueError("every model needs more than two fold scores")
    return _correct_recommend_model(board, metric=metric, budget_ms=budget_ms)
