# Known-wrong for kata 2.5: deals the rows into folds by their index label (label % 5), so on an
# index whose labels share a remainder every row lands in one fold and nothing is learned out of fold.


def _out_of_fold_rates(categories, target):
    fold = np.asarray(categories.index) % FOLDS
    labels = target.to_numpy(dtype="float64")
    values = categories.to_numpy(dtype=object)
    scores = np.full(len(categories), np.nan)
    for held_out in range(FOLDS):
        rows = fold == held_out
        if not rows.any() or rows.all():
            continue
        rates = pd.Series(labels[~rows]).groupby(values[~rows]).mean()
        scores[rows] = pd.Series(values[rows]).map(rates).fillna(labels[~rows].mean()).to_numpy()
    return pd.Series(scores, index=categories.index)
