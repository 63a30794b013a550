# Known-wrong for kata 7.4: the verdict is judged on the change and the spread as printed with
# two decimals, so a log loss down by 0.034 against a spread of 0.03 reads "within noise".


def _metric_row(metric):
    change, spread = round(metric.candidate - metric.baseline, 2), round(metric.spread, 2)
    if abs(change) <= spread:
        verdict = "within noise"
    else:
        verdict = "better" if (change > 0) == metric.higher_is_better else "worse"
    name = metric.name.replace("|", "\\|")
    return (f"| {name} | {metric.baseline:.4g} | {metric.candidate:.4g} | "
            f"{metric.candidate - metric.baseline:+.4g} ± {metric.spread:.4g} ({verdict}) |")
