# Known-wrong for kata 2.5: text is scored out of fold, but by a smoothed rate,
# (positives + 1) / (rows + 2), as in the target encoders of competition notebooks, instead of
# the plain share of positives the docstring names; rare values are pulled toward one half.


def _out_of_fold_rates(categories, target):
    fold = np.arange(len(categories)) % FOLDS
    labels = target.to_numpy(dtype="float64")
    values = categories.to_numpy(dtype=object)
    scores = np.full(len(categories), np.nan)
    for held_out in range(FOLDS):
        rows = fold == held_out
        if not rows.any() or rows.all():
            continue
        grouped = pd.Series(labels[~rows]).groupby(values[~rows])
        rates = (grouped.sum() + 1) / (grouped.count() + 2)
        scores[rows] = pd.Series(values[rows]).map(rates).fillna(labels[~rows].mean()).to_numpy()
    return pd.Series(scores, index=categories.index)
