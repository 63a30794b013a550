# Known-wrong for kata 3.8: refuses a training size of one row (s <= 1 instead of s < 1).

_correct_learning_curve_scores = learning_curve_scores


def learning_curve_scores(model, X, y, folds, *, train_sizes, scoring="roc_auc"):
    if any(s <= 1 for s in train_sizes):
        raise ValueError(f"train sizes {train_sizes} must be above 1")
    return _correct_learning_curve_scores(model, X, y, folds, train_sizes=train_sizes, scoring=scoring)
