# Known-wrong for kata 8.4: trains on log prices but ranks the leaderboard by dollar MAE, which the
# few expensive cards dominate.
_reference_run_experiments = run_experiments


def run_experiments(splits, tracking_uri, n_splits=4):
    board = _reference_run_experiments(splits, tracking_uri, n_splits)
    return board.sort_values("val_mae", kind="stable").reset_index(drop=True)
