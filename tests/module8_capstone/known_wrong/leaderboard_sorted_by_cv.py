# Known-wrong for kata 8.4: ranks the leaderboard by the cross-validation score on train instead of
# the validation log-MAE the spec names as the selection metric.
_reference_run_experiments = run_experiments


def run_experiments(splits, tracking_uri, n_splits=4):
    board = _reference_run_experiments(splits, tracking_uri, n_splits)
    return board.sort_values("cv_log_mae", kind="stable").reset_index(drop=True)
