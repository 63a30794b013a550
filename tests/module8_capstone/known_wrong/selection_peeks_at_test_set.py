# Known-wrong for kata 8.4: the leaderboard also reports a test score "to be sure", reading the
# test set during model selection.
_reference_run_experiments = run_experiments


def run_experiments(splits, tracking_dir, n_splits=4):
    board = _reference_run_experiments(splits, tracking_dir, n_splits)
    test = splits["test"]
    baseline = float(splits["train"][TARGET].median())
    board["test_mae_baseline"] = float(np.mean(np.abs(test[TARGET] - baseline)))
    return board
