# Known-wrong for kata 4.5: the card's proportions get percentile-bootstrap intervals, which
# collapse to 1.000 to 1.000 for a recall of 20 out of 20.


def _quantitative_analyses(truth, predicted, n_resamples, seed):
    lines = [f"Evaluated on {len(truth)} rows, {int(np.sum(truth))} positive.", "",
             "| metric | value | count | 95% interval |", "|---|---|---|---|"]
    for name, (successes, trials) in card_proportions(truth, predicted).items():
        if trials == 0:
            lines.append(f"| {name} | n/a | 0/0 | n/a |")
            continue

        def proportion(t, p, name=name):
            s, n = card_proportions(t, p)[name]
            return s / n if n else math.nan

        low, high = bootstrap_interval(truth, predicted, proportion, n_resamples=n_resamples, seed=seed)
        lines.append(f"| {name} | {successes / trials:.3f} | {successes}/{trials} | {low:.3f} to {high:.3f} |")
    value = f1_or_nan(truth, predicted)
    low, high = bootstrap_interval(truth, predicted, f1_or_nan, n_resamples=n_resamples, seed=seed)
    lines.append(f"| f1 | {value:.3f} | - | {low:.3f} to {high:.3f} |")
    return lines
