# Known-wrong for kata 2.5: a text value the other folds never show scores 0.5 instead of the
# other folds' share of positives.


def _out_of_fold_rates(categories, target):
    fold = np.arange(len(categories)) % FOLDS
    labels = target.to_numpy(dtype="float64")
    values = categories.to_numpy(dtype=object)
    scores = np.full(len(categories), np.nan)
    for held_out in range(FOLDS):
        rows = fold == held_out
        if not rows.any() or rows.all():
            continue
        rates = pd.Series(labels[~rows]).groupby(values[~rows]).mean()
        scores[rows] = pd.Series(values[rows]).map(rates).fillna(0.5).to_numpy()
    return pd.Series(scores, index=categories.index)
