# Known-wrong for kata 2.5: treats a boolean column as a category and scores it by its
# out-of-fold target rate, so a boolean that marks the negatives scores near 1 instead of 0.

_reference_auc = single_column_auc


def single_column_auc(values, target):
    if pd.api.types.is_bool_dtype(values):
        values = values.map({True: "yes", False: "no"}).astype("object")
    return _reference_auc(values, target)
