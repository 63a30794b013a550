# Known-right for kata 3.4: cross_val_score for the scores, statistics.quantiles (exclusive
# method) for the 95th percentile, and sorted() for the choice.

import statistics

from sklearn.model_selection import cross_val_score


def single_row_latency_ms(model, X, *, calls=20):
    row = X[0:1]
    model.predict(row)
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        model.predict(row)
        times.append((time.perf_counter() - start) * 1000)
    if len(times) < 2:
        return times[0]
    return statistics.quantiles(times, n=20)[-1]


def tune_within_latency_budget(candidates, X_train, y_train, X_test, y_test, *, folds, budget_ms,
                               scoring="f1"):
    cv_scores = {name: float(cross_val_score(model, X_train, y_train, cv=folds, scoring=scoring).mean())
                 for name, model in candidates.items()}
    fitted = {name: clone(model).fit(X_train, y_train) for name, model in candidates.items()}
    latency_ms = {name: single_row_latency_ms(model, X_train) for name, model in fitted.items()}
    order = list(candidates)
    ranked = sorted((name for name in order if latency_ms[name] <= budget_ms),
                    key=lambda name: (-cv_scores[name], order.index(name)))
    if not ranked:
        raise ValueError(f"nothing within {budget_ms} ms")
    return TuningResult(ranked[0], fitted[ranked[0]], cv_scores, latency_ms)
