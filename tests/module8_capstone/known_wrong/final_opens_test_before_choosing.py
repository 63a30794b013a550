# Known-wrong for kata 8.9: opens the test set (once, disarmed) at the start, then scores the
# candidates on validation: the one read happens before the choice, where one glance can steer it.
def final_evaluation(candidates, val, test, baseline_price):
    with test.disarmed():
        rows = test.unwrap()
    scores = {name: _metrics(model, val) for name, model in candidates.items()}
    chosen = min(scores, key=lambda name: scores[name]["log_mae"])
    on_test = _metrics(candidates[chosen], rows)
    baseline = regression_metrics(rows[TARGET].to_numpy(), np.full(len(rows), float(baseline_price)))
    val_log_mae, test_log_mae = scores[chosen]["log_mae"], on_test["log_mae"]
    return {"model": chosen, "val_log_mae": val_log_mae, "test_log_mae": test_log_mae,
            "val_mae": scores[chosen]["mae"], "test_mae": on_test["mae"],
            "baseline_test_log_mae": baseline["log_mae"], "baseline_test_mae": baseline["mae"],
            "improvement": 1 - test_log_mae / baseline["log_mae"],
            "val_test_gap": (test_log_mae - val_log_mae) / val_log_mae}
