# Known-right for kata 0.3: prices the four outcomes with an explicit payoff table against the
# status quo (the expected-value framework), and precision from the rates directly.


def expected_monthly_value(case, recall, false_positive_rate):
    counts = expected_counts(case, recall, false_positive_rate)
    payoff = {  # money per outcome, compared with flagging nothing
        "true_positives": case.loss_per_positive - case.cost_per_flag,
        "false_positives": -case.cost_per_flag,
        "false_negatives": 0.0,
        "true_negatives": 0.0,
    }
    return sum(getattr(counts, outcome) * value for outcome, value in payoff.items())


def expected_precision(case, recall, false_positive_rate):
    expected_counts(case, recall, false_positive_rate)
    p = case.prevalence
    flagged_share = recall * p + false_positive_rate * (1 - p)
    if case.monthly_volume == 0 or flagged_share == 0:
        return None
    return recall * p / flagged_share
