# Known-wrong for kata 2.5: fills missing numbers with 0 before ranking, inventing a score for
# rows that have none.

_reference_auc = single_column_auc


def single_column_auc(values, target):
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        values = values.fillna(0)
    return _reference_auc(values, target)
