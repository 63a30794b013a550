# Known-wrong for kata 0.4: presents the confidence interval of the long-run rate as the range of
# what a month will show ("on new data we expect between 74% and 85%"), with no month's range.


def stakeholder_summary(results):
    if not results.will_not_do:
        raise ValueError("say what the model will not do")
    if not 0 <= results.catch_rate_low <= results.catch_rate <= results.catch_rate_high <= 1:
        raise ValueError("the interval must hold the catch rate")
    if results.positives_per_month < 1:
        raise ValueError("no real cases")
    return (
        f"The model {results.task}. It catches about {results.catch_rate:.0%} of the real cases "
        f"(on new data we expect between {results.catch_rate_low:.0%} and "
        f"{results.catch_rate_high:.0%}), and {results.false_alarm_share:.0%} of the cases it "
        f"flags turn out to be false alarms. We expect it to be worth about "
        f"{_dollars(results.monthly_value)} a month. What it will not do: "
        f"{'; '.join(results.will_not_do)}."
    )
