# Known-wrong for kata 4.2: accepts a scenario where no mistake costs anything and answers a metric.

_correct_choose_metric = choose_metric  # noqa: F821


def choose_metric(scenario):
    if scenario.cost_false_positive == 0 and scenario.cost_false_negative == 0 and 0 < scenario.positive_share < 1:
        return "accuracy"
    return _correct_choose_metric(scenario)
