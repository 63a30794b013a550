# Known-wrong for kata 7.4: every increase is "better", whatever the metric's direction.


def _metric_row(metric):
    change = metric.candidate - metric.baseline
    verdict = "same" if change == 0 else "better" if change > 0 else "worse"
    name = metric.name.replace("|", "\\|")
    return f"| {name} | {metric.baseline:.4g} | {metric.candidate:.4g} | {change:+.4g} ({verdict}) |"
