# Known-wrong for kata 4.5: the card's F1 bootstrap always uses seed 0, whatever seed the
# caller passes to model_card.


def _quantitative_analyses(truth, predicted, n_resamples, seed):
    lines = [f"Evaluated on {len(truth)} rows, {int(np.sum(truth))} positive.", "",
             "| metric | value | count | 95% interval |", "|---|---|---|---|"]
    for name, (successes, trials) in card_proportions(truth, predicted).items():
        if trials == 0:
            lines.append(f"| {name} | n/a | 0/0 | n/a |")
            continue
        low, high = proportion_interval(successes, trials)
        lines.append(f"| {name} | {successes / trials:.3f} | {successes}/{trials} | {low:.3f} to {high:.3f} |")
    value = f1_or_nan(truth, predicted)
    if math.isnan(value):
        lines.append("| f1 | n/a | - | n/a |")
    else:
        low, high = bootstrap_interval(truth, predicted, f1_or_nan, n_resamples=n_resamples)
        lines.append(f"| f1 | {value:.3f} | - | {low:.3f} to {high:.3f} |")
    return lines
