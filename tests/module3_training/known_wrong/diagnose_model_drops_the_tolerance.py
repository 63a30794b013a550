# Known-wrong for kata 3.8: diagnose_model forgets to pass its tolerance on, so diagnose_scores
# always judges with the default 0.05.


def diagnose_model(model, X, y, folds, *, scoring="roc_auc", achievable_score, tolerance=0.05):
    scores = cross_validate(model, X, y, cv=folds, scoring=scoring, return_train_score=True)
    return diagnose_scores(float(np.mean(scores["train_score"])), float(np.mean(scores["test_score"])),
                           achievable_score=achievable_score)
