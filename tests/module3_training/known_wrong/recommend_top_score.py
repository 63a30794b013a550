# Known-wrong for kata 3.5: always recommends the top mean score, however small the lead.

_correct_recommend = recommend_model


def recommend_model(board, *, metric, budget_ms_per_row):
    affordable = board[board["ms_per_row"] <= budget_ms_per_row]
    # Zero spread: no lead is ever treated as noise.
    return _correct_recommend(board.assign(std=0.0) if not affordable.empty else board,
                              metric=metric, budget_ms_per_row=budget_ms_per_row)
