# Known-wrong for kata 2.5: scores text by its in-sample target rate, so each row's own label
# enters its own score and any column with many values (a random code) looks like a proxy.


def single_column_auc(values, target):
    target = target.astype(bool)
    if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        scores = values.astype("float64")
    else:
        categories = values.astype("object").where(values.notna(), "<missing>")
        scores = target.astype("float64").groupby(categories).transform("mean")
    present = scores.notna()
    scores, target = scores[present], target[present]
    positives, negatives = int(target.sum()), int((~target).sum())
    if positives == 0 or negatives == 0:
        return None
    ranks = scores.rank(method="average")
    return float((ranks[target].sum() - positives * (positives + 1) / 2) / (positives * negatives))
