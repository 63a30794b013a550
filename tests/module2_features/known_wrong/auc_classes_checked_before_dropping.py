# Known-wrong for kata 2.5: checks that the target holds both classes before the rows with a
# missing number are left out, so a column present only on one class is still scored.
from sklearn.metrics import roc_auc_score


def single_column_auc(values, target):
    target = target.astype(bool)
    if target.nunique() < 2:
        return None
    if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        present = values.notna()
        scores, labels = values[present].astype("float64"), target[present]
    else:
        categories = values.astype("object").where(values.notna(), "<missing>")
        scores = _out_of_fold_rates(categories, target)
        present = scores.notna()
        scores, labels = scores[present], target[present]
    return float(roc_auc_score(labels, scores))
