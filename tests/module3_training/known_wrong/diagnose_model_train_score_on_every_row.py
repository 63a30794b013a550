# Known-wrong for kata 3.8: scores each fold's model on every row (validation rows included) as its
# "training" score.


def diagnose_model(model, X, y, folds, *, scoring="roc_auc", achievable_score, tolerance=0.05):
    y = np.asarray(y)
    scorer = get_scorer(scoring)
    train_scores, validation_scores = [], []
    for train, validation in folds:
        fitted = clone(model).fit(X.iloc[train], y[train])
        train_scores.append(scorer(fitted, X, y))
        validation_scores.append(scorer(fitted, X.iloc[validation], y[validation]))
    return diagnose_scores(float(np.mean(train_scores)), float(np.mean(validation_scores)),
                           achievable_score=achievable_score, tolerance=tolerance)
