# Known-wrong for kata 3.8: checks the sizes against the first fold's training rows only; on a later,
# smaller fold train[:size] silently takes fewer rows than the size it reports.


def learning_curve_scores(model, X, y, folds, *, train_sizes, scoring="roc_auc"):
    y = np.asarray(y)
    first = len(folds[0][0])
    if any(s < 1 or s > first for s in train_sizes):
        raise ValueError(f"train sizes {train_sizes} must lie between 1 and {first}")
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
