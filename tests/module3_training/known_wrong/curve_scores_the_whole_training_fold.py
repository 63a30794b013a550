# Known-wrong for kata 3.8: fits on the first s rows but scores the training side on the fold's
# whole training set, mixing seen and unseen rows into the "training" score.


def learning_curve_scores(model, X, y, folds, *, train_sizes, scoring="roc_auc"):
    y = np.asarray(y)
    if any(s < 1 or s > min(len(train) for train, _ in folds) for s in train_sizes):
        raise ValueError("impossible train size")
    scorer = get_scorer(scoring)
    rows = []
    for size in train_sizes:
        train_scores, validation_scores = [], []
        for train, validation in folds:
            subset = np.asarray(train)[:size]
            fitted = clone(model).fit(X.iloc[subset], y[subset])
            train_scores.append(scorer(fitted, X.iloc[train], y[train]))
            validation_scores.append(scorer(fitted, X.iloc[validation], y[validation]))
        rows.append({"train_size": size, "train_score": float(np.mean(train_scores)),
                     "validation_score": float(np.mean(validation_scores))})
    return pd.DataFrame(rows, columns=CURVE_COLUMNS)
