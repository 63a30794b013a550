# Known-wrong for kata 2.5: a pandas category column is scored by its category codes, as if the
# order of the categories were a measurement; only object and string text gets out-of-fold rates.

_score_numbers_and_text = single_column_auc  # noqa: F821 (the reference's)


def single_column_auc(values, target):
    if isinstance(values.dtype, pd.CategoricalDtype):
        values = values.cat.codes.astype("float64").where(values.notna())
    return _score_numbers_and_text(values, target)
