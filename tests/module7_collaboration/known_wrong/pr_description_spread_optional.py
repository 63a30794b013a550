# Known-wrong for kata 7.4: a metric without a spread is accepted and judged by its sign, so a
# description can still claim an improvement nobody measured the noise of.


def _require(facts):
    for name in ("summary", "motivation", "rollback"):
        if not getattr(facts, name).strip():
            raise ValueError(f"the pull request needs a {name}")
    for name in ("changes", "metrics", "testing"):
        if not getattr(facts, name):
            raise ValueError(f"the pull request needs at least one entry in {name}")


_complete_metric_row = _metric_row


def _metric_row(metric):
    if metric.spread is None:
        metric = MetricResult(metric.name, metric.baseline, metric.candidate,
                              metric.higher_is_better, 0.0)
    return _complete_metric_row(metric)
