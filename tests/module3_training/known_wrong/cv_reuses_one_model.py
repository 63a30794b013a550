# Known-wrong for kata 3.1: fits the model it was given in every fold instead of a fresh clone.


def cross_validate_model(model, X, y, folds, scoring="f1"):
    y = np.asarray(y)
    scorer = get_scorer(scoring)
    return np.asarray([scorer(model.fit(X.iloc[train], y[train]), X.iloc[val], y[val])
                       for train, val in folds], dtype=float)
