# Known-wrong for kata 7.4: a change exactly as large as its spread is already "better": the
# change must exceed its uncertainty, not merely reach it.


def _metric_row(metric):
    change = metric.candidate - metric.baseline
    if change == 0 or abs(change) < metric.spread:
        verdict = "within noise"
    else:
        verdict = "better" if (change > 0) == metric.higher_is_better else "worse"
    name = metric.name.replace("|", "\\|")
    return (f"| {name} | {metric.baseline:.4g} | {metric.candidate:.4g} | "
            f"{change:+.4g} ± {metric.spread:.4g} ({verdict}) |")
