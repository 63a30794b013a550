# Known-wrong for kata 3.4: fits the caller's candidate objects and returns one of them as best_model.

from sklearn.model_selection import cross_val_score


def tune_within_latency_budget(candidates, X_train, y_train, X_test, y_test, *, folds, budget_ms,
                               scoring="f1"):
    cv_scores, latency_ms = {}, {}
    for name, model in candidates.items():
        cv_scores[name] = float(np.mean(cross_val_score(model, X_train, y_train, cv=folds, scoring=scoring)))
        model.fit(X_train, y_train)
        latency_ms[name] = single_row_latency_ms(model, X_train)
    affordable = [name for name in candidates if latency_ms[name] <= budget_ms]
    if not affordable:
        raise ValueError("no candidate answers within the latency budget")
    best = max(affordable, key=lambda name: cv_scores[name])
    return TuningResult(best, candidates[best], cv_scores, latency_ms)
