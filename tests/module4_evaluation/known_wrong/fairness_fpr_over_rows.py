# Known-wrong for kata 4.6: the false positive rate divides by all the group's rows, not its negatives.

_correct_group_rates = group_rates  # noqa: F821


def group_rates(y_true, y_pred, groups):
    table = _correct_group_rates(y_true, y_pred, groups)
    false_positives = table["fpr"].fillna(0) * table["negatives"]
    return table.assign(fpr=false_positives / table["rows"])
