# Known-wrong for kata 0.4: reports the metrics by their technical names, which the reader has to
# look up (and usually gets wrong); every number is there.


def stakeholder_summary(results):
    if not results.will_not_do:
        raise ValueError("say what the model will not do")
    if not 0 <= results.catch_rate_low <= results.catch_rate <= results.catch_rate_high <= 1:
        raise ValueError("the interval must hold the catch rate")
    low, high = monthly_range(results)
    return (f"The model {results.task}. Recall is {results.catch_rate:.0%} (95% CI "
            f"{results.catch_rate_low:.0%} to {results.catch_rate_high:.0%}; monthly {low:.0%} to "
            f"{high:.0%}) and {results.false_alarm_share:.0%} of flags are false alarms. Value: "
            f"{_dollars(results.monthly_value)} a month. Limits: {'; '.join(results.will_not_do)}.")
