# Known-wrong for kata 8.9: scores every candidate on the test set "to be sure" and reports the best,
# reading the test set once per candidate and choosing on it.
def final_evaluation(candidates, val, test, baseline_price):
    test_scores = {}
    for name, model in candidates.items():
        with test.disarmed():
            rows = test.unwrap()
        test_scores[name] = _metrics(model, rows)
    chosen = min(test_scores, key=lambda name: test_scores[name]["log_mae"])
    val_scores = _metrics(candidates[chosen], val)
    with test.disarmed():
        rows = test.unwrap()
    actual = rows[TARGET].to_numpy(dtype=float)
    baseline = regression_metrics(actual, np.full(len(actual), baseline_price))
    return {"model": chosen, "val_log_mae": val_scores["log_mae"], "test_log_mae": test_scores[chosen]["log_mae"],
            "val_mae": val_scores["mae"], "test_mae": test_scores[chosen]["mae"],
            "baseline_test_log_mae": baseline["log_mae"], "baseline_test_mae": baseline["mae"],
            "improvement": 1 - test_scores[chosen]["log_mae"] / baseline["log_mae"],
            "val_test_gap": (test_scores[chosen]["log_mae"] - val_scores["log_mae"]) / val_scores["log_mae"]}
