# Known-wrong for kata 0.4: checks the interval with four separate comparisons, each False for
# NaN, so a catch rate of NaN passes and the paragraph promises "nan%" to a manager.


def stakeholder_summary(results):
    if not results.will_not_do:
        raise ValueError("say what the model will not do: will_not_do is empty")
    if (results.catch_rate_low < 0 or results.catch_rate_high > 1
            or results.catch_rate_low > results.catch_rate
            or results.catch_rate > results.catch_rate_high):
        raise ValueError("the interval must hold the catch rate: 0 <= low <= catch_rate <= high <= 1")
    month_low, month_high = monthly_range(results)
    limits = "; ".join(results.will_not_do)
    return (
        f"The model {results.task}. It catches about {results.catch_rate:.0%} of the real cases: "
        f"we are 95% sure its long-run rate lies between {results.catch_rate_low:.0%} and "
        f"{results.catch_rate_high:.0%}, and with about {results.positives_per_month} real cases "
        f"a month, a single month will usually show between {month_low:.0%} and "
        f"{month_high:.0%}. {results.false_alarm_share:.0%} of the cases it flags turn out to be "
        f"false alarms. We expect it to be worth about {_dollars(results.monthly_value)} a month. "
        f"What it will not do: {limits}."
    )
