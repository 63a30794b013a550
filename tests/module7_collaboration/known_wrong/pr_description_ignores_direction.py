# Known-wrong for kata 7.4: every increase beyond the spread is "better", whatever the metric's
# direction, so a latency or RMSE that went up reads as an improvement.


def _metric_row(metric):
    change = metric.candidate - metric.baseline
    verdict = ("within noise" if abs(change) <= metric.spread
               else "better" if change > 0 else "worse")
    name = metric.name.replace("|", "\\|")
    return (f"| {name} | {metric.baseline:.4g} | {metric.candidate:.4g} | "
            f"{change:+.4g} ± {metric.spread:.4g} ({verdict}) |")
