# Known-wrong for kata 3.4: picks the best cross-validated score and ignores the latency budget.

_correct_tune = tune_within_latency_budget


def tune_within_latency_budget(candidates, X_train, y_train, X_test, y_test, *, folds, budget_ms,
                               scoring="f1"):
    return _correct_tune(candidates, X_train, y_train, X_test, y_test, folds=folds,
                         budget_ms=float("inf"), scoring=scoring)
