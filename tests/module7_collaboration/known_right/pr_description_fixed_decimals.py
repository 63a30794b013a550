# Known-right for kata 7.4: numbers with three decimals, the table built by a helper, the
# verdict from the size of the change relative to its spread.


def _metric_row(metric):
    change = metric.candidate - metric.baseline
    if abs(change) > metric.spread:
        improved = change > 0 if metric.higher_is_better else change < 0
        verdict = "better" if improved else "worse"
    else:
        verdict = "within noise"
    cells = [metric.name.replace("|", r"\|"), f"{metric.baseline:.3f}", f"{metric.candidate:.3f}",
             f"{change:+.3f} ± {metric.spread:.3f} ({verdict})"]
    return "| " + " | ".join(cells) + " |"
