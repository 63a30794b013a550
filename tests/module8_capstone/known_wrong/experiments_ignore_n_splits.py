# Known-wrong for kata 8.4: run_experiments does not pass n_splits on, so the leaderboard is always
# cross-validated with the default 4 folds, whatever the caller asks.
_reference_run_experiments = run_experiments


def run_experiments(splits, tracking_uri, n_splits=4):
    return _reference_run_experiments(splits, tracking_uri)
