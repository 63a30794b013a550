# Known-wrong for kata 7.4: shows the spread but judges by the sign alone, so a change well
# inside its noise is called better or worse.


def _metric_row(metric):
    change = metric.candidate - metric.baseline
    if change == 0:
        verdict = "within noise"
    else:
        verdict = "better" if (change > 0) == metric.higher_is_better else "worse"
    name = metric.name.replace("|", "\\|")
    return (f"| {name} | {metric.baseline:.4g} | {metric.candidate:.4g} | "
            f"{change:+.4g} ± {metric.spread:.4g} ({verdict}) |")
