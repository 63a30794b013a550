# Known-wrong for kata 0.4: reports the metrics by their technical names, which the reader has to
# look up (and usually gets wrong).


def stakeholder_summary(results):
    if not results.will_not_do:
        raise ValueError("say what the model will not do")
    if not 0 <= results.catch_rate_low <= results.catch_rate <= results.catch_rate_high <= 1:
        raise ValueError("the interval must hold the catch rate")
    return (f"The model {results.task}. Recall is {results.catch_rate:.0%} (95% CI "
            f"{results.catch_rate_low:.0%} to {results.catch_rate_high:.0%}) and precision is "
            f"{1 - results.false_alarm_share:.0%}, so {results.false_alarm_share:.0%} of flags are "
            f"false alarms. Value: {_dollars(results.monthly_value)} a month. Limits: "
            f"{'; '.join(results.will_not_do)}.")
