# Known-wrong for kata 4.5: a proportion with nothing to divide by is written as 0.000 with the
# interval 0.000 to 0.000, as if the model had been measured and failed.


def _quantitative_analyses(truth, predicted, n_resamples, seed):
    lines = [f"Evaluated on {len(truth)} rows, {int(np.sum(truth))} positive.", "",
             "| metric | value | count | 95% interval |", "|---|---|---|---|"]
    for name, (successes, trials) in card_proportions(truth, predicted).items():
        low, high = proportion_interval(successes, trials) if trials else (0.0, 0.0)
        value = successes / trials if trials else 0.0
        lines.append(f"| {name} | {value:.3f} | {successes}/{trials} | {low:.3f} to {high:.3f} |")
    value = f1_or_nan(truth, predicted)
    low, high = bootstrap_interval(truth, predicted, f1_or_nan, n_resamples=n_resamples, seed=seed)
    lines.append(f"| f1 | {value:.3f} | - | {low:.3f} to {high:.3f} |")
    return lines
