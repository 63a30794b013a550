# Known-wrong for kata 0.4: states the catch rate as if it were exact, with no interval, so the
# stakeholder hears a promise.


def stakeholder_summary(results):
    if not results.will_not_do:
        raise ValueError("say what the model will not do")
    if not 0 <= results.catch_rate_low <= results.catch_rate <= results.catch_rate_high <= 1:
        raise ValueError("the interval must hold the catch rate")
    monthly_range(results)
    return (f"The model {results.task}. It catches {results.catch_rate:.0%} of the real cases, and "
            f"{results.false_alarm_share:.0%} of the cases it flags are false alarms. It is worth "
            f"{_dollars(results.monthly_value)} a month. What it will not do: "
            f"{'; '.join(results.will_not_do)}.")
