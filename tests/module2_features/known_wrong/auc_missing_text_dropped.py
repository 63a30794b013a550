# Known-wrong for kata 2.5: drops the rows where a text value is missing, so a column that is
# missing exactly for the positives looks like it knows nothing.

_reference_auc = single_column_auc


def single_column_auc(values, target):
    if not (pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values)):
        present = values.notna()
        values, target = values[present], target[present]
    return _reference_auc(values, target)
