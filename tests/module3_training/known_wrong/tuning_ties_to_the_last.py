# Known-wrong for kata 3.4: a loop with >= keeps the last of equally scored candidates instead of
# the first.


def tune_within_latency_budget(candidates, X_train, y_train, X_test, y_test, *, folds, budget_ms,
                               scoring="f1"):
    scorer = get_scorer(scoring)
    cv_scores, latency_ms, fitted = {}, {}, {}
    for name, model in candidates.items():
        cv_scores[name] = float(np.mean([scorer(clone(model).fit(X_train[tr], y_train[tr]), X_train[va], y_train[va])
                                         for tr, va in folds]))
        fitted[name] = clone(model).fit(X_train, y_train)
        latency_ms[name] = single_row_latency_ms(fitted[name], X_train)
    best, best_score = None, -np.inf
    for name in candidates:
        if latency_ms[name] <= budget_ms and cv_scores[name] >= best_score:
            best, best_score = name, cv_scores[name]
    if best is None:
        raise ValueError("no candidate fits the budget")
    return TuningResult(best, fitted[best], cv_scores, latency_ms)
