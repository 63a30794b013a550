# Known-wrong for kata 8.9: scores every candidate on the test set "to be sure" and reports the best,
# reading the test set once per candidate and choosing on it.
def final_evaluation(candidates, val, test, baseline_price):
    test_scores = {}
    for name, model in candidates.items():
        with test.disarmed():
            rows = test.unwrap()
        test_scores[name] = _mae(model, rows)
    chosen = min(test_scores, key=test_scores.get)
    val_mae = _mae(candidates[chosen], val)
    with test.disarmed():
        rows = test.unwrap()
    baseline_mae = float(np.mean(np.abs(rows[TARGET].to_numpy() - baseline_price)))
    return {"model": chosen, "val_mae": val_mae, "test_mae": test_scores[chosen],
            "baseline_test_mae": baseline_mae, "improvement": 1 - test_scores[chosen] / baseline_mae,
            "val_test_gap": (test_scores[chosen] - val_mae) / val_mae}
