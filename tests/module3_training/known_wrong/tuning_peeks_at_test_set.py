# Known-wrong for kata 3.4: picks the candidate that scores best on the test set.


def tune_within_latency_budget(candidates, X_train, y_train, X_test, y_test, *, folds, budget_ms,
                               scoring="f1"):
    scorer = get_scorer(scoring)
    fitted = {name: clone(model).fit(X_train, y_train) for name, model in candidates.items()}
    latency_ms = {name: single_row_latency_ms(model, X_train) for name, model in fitted.items()}
    test_scores = {name: float(scorer(model, X_test, y_test)) for name, model in fitted.items()}
    affordable = [name for name in candidates if latency_ms[name] <= budget_ms]
    if not affordable:
        raise ValueError("no candidate fits the budget")
    best = max(affordable, key=test_scores.__getitem__)
    return TuningResult(best, fitted[best], test_scores, latency_ms)
