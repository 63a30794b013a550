# Known-wrong for kata 4.6: normal-approximation intervals, zero width for a TPR of 20 out of 20.

_correct_group_rates = group_rates  # noqa: F821


def group_rates(y_true, y_pred, groups):
    table = _correct_group_rates(y_true, y_pred, groups)
    for rate, denominator in DENOMINATORS.items():
        n = table[denominator].replace(0, np.nan)
        half = 1.96 * np.sqrt(table[rate] * (1 - table[rate]) / n)
        table[f"{rate}_low"] = (table[rate] - half).clip(lower=0)
        table[f"{rate}_high"] = (table[rate] + half).clip(upper=1)
    return table
