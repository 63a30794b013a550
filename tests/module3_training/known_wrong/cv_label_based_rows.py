# Known-wrong for kata 3.1: selects the fold's rows with X.loc and y[...] by label, which picks
# the right rows only while the index happens to be 0..n-1.


def cross_validate_model(model, X, y, folds, scoring="f1"):
    scorer = get_scorer(scoring)
    scores = []
    for train, validation in folds:
        fitted = clone(model).fit(X.loc[train], y[train])
        scores.append(scorer(fitted, X.loc[validation], y[validation]))
    return np.asarray(scores, dtype=float)
