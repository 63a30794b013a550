# Known-wrong for kata 3.8: the learning curve takes y[positions] from y as given, which a pandas
# Series reads by index label: with a shuffled index the labels no longer match the rows.


def learning_curve_scores(model, X, y, folds, *, train_sizes, scoring="roc_auc"):
    if any(s < 1 or s > min(len(train) for train, _ in folds) for s in train_sizes):
        raise ValueError(f"train sizes {train_sizes} must lie between 1 and every fold's training rows")
    scorer = get_scorer(scoring)
    rows = []
    for size in train_sizes:
        train_scores, validation_scores = [], []
        for train, validation in folds:
            subset = np.asarray(train)[:size]
            fitted = clone(model).fit(X.iloc[subset], y[subset])
            train_scores.append(scorer(fitted, X.iloc[subset], y[subset]))
            validation_scores.append(scorer(fitted, X.iloc[validation], y[validation]))
        rows.append({"train_size": int(size), "train_score": float(np.mean(train_scores)),
                     "validation_score": float(np.mean(validation_scores))})
    return pd.DataFrame(rows, columns=CURVE_COLUMNS)
