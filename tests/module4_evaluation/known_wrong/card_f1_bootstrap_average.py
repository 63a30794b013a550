# Known-wrong for kata 4.5: the card shows F1 as the average over bootstrap resamples instead of F1
# on the evaluation data, so its number drifts from the evaluation's.

_correct_quantitative_analyses = _quantitative_analyses  # noqa: F821


def _quantitative_analyses(truth, predicted, n_resamples, seed):
    lines = _correct_quantitative_analyses(truth, predicted, n_resamples, seed)
    rng = np.random.default_rng(seed)
    resampled = [f1_or_nan(truth[rows], predicted[rows])
                 for rows in (rng.integers(0, len(truth), len(truth)) for _ in range(n_resamples))]
    low, high = bootstrap_interval(truth, predicted, f1_or_nan, n_resamples=n_resamples, seed=seed)
    return lines[:-1] + [f"| f1 | {np.nanmean(resampled):.3f} | - | {low:.3f} to {high:.3f} |"]
