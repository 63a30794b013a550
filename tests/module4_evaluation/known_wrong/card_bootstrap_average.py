# Known-wrong for kata 4.5: the card shows the average over bootstrap resamples instead of the
# metric on the evaluation data, so its numbers drift from the evaluation's.


def _quantitative_analyses(truth, predicted, n_resamples, seed):
    lines = [f"Evaluated on {len(truth)} rows, {int(np.sum(truth))} positive.", "",
             "| metric | value | 95% interval |", "|---|---|---|"]
    for name, metric in card_metrics().items():
        rng = np.random.default_rng(seed)
        resampled = []
        for _ in range(n_resamples):
            rows = rng.integers(0, len(truth), len(truth))
            resampled.append(metric(truth[rows], predicted[rows]))
        low, high = bootstrap_interval(truth, predicted, metric, n_resamples=n_resamples, seed=seed)
        lines.append(f"| {name} | {np.mean(resampled):.3f} | {low:.3f} to {high:.3f} |")
    return lines
