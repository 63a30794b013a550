# Known-right for kata 0.4: another wording and order (limits first, money before the rates), and
# the month's range from the variances written out separately.


def monthly_range(results):
    if results.positives_per_month < 1:
        raise ValueError("there must be at least one real case a month")
    p = results.catch_rate
    chance_variance = p * (1 - p) / results.positives_per_month
    model_variance = ((results.catch_rate_high - results.catch_rate_low) / 3.92) ** 2
    half_width = 1.96 * (chance_variance + model_variance) ** 0.5
    return max(0.0, p - half_width), min(1.0, p + half_width)


def stakeholder_summary(results):
    if not results.will_not_do:
        raise ValueError("name at least one thing the model will not do")
    if not 0 <= results.catch_rate_low <= results.catch_rate <= results.catch_rate_high <= 1:
        raise ValueError("the interval does not hold the catch rate")
    low, high = monthly_range(results)
    rounded = round(results.monthly_value, -3)
    money = ("-" if rounded < 0 else "") + f"${abs(rounded):,.0f}"
    return (f"First, what it will not do: {'; '.join(results.will_not_do)}. Within that, the model "
            f"{results.task}, worth about {money} a month to us. Over time it should catch "
            f"{results.catch_rate:.0%} of real cases (we are 95% confident of "
            f"{results.catch_rate_low:.0%} to {results.catch_rate_high:.0%} in the long run); in "
            f"any one month, with around {results.positives_per_month} real cases, expect "
            f"{low:.0%} to {high:.0%}. Of the cases it raises, {results.false_alarm_share:.0%} "
            "will be false alarms.")
