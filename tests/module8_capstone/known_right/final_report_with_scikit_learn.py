# Known-right for kata 8.9: the report computed with scikit-learn's mean_absolute_error on a copy of
# the test rows whose price is popped off; ties and the choice as the spec says (lowest val log-MAE).
from sklearn.metrics import mean_absolute_error


def final_evaluation(candidates, val, test, baseline_price):
    y_val, X_val = val[TARGET].to_numpy(), val.drop(columns=[TARGET])
    board = []
    for name, model in candidates.items():
        predicted = np.asarray(model.predict(X_val), dtype=float)
        board.append((mean_absolute_error(np.log(y_val), np.log(predicted)), name, predicted))
    val_log_mae, chosen, val_predicted = min(board, key=lambda entry: entry[0])
    with test.disarmed():
        rows = test.unwrap().copy()
    y_test = rows.pop(TARGET).to_numpy()
    predicted = np.asarray(candidates[chosen].predict(rows), dtype=float)
    constant = np.repeat(float(baseline_price), len(y_test))
    test_log_mae = mean_absolute_error(np.log(y_test), np.log(predicted))
    baseline_log_mae = mean_absolute_error(np.log(y_test), np.log(constant))
    return {"model": chosen, "val_log_mae": val_log_mae, "test_log_mae": test_log_mae,
            "val_mae": mean_absolute_error(y_val, val_predicted), "test_mae": mean_absolute_error(y_test, predicted),
            "baseline_test_log_mae": baseline_log_mae, "baseline_test_mae": mean_absolute_error(y_test, constant),
            "improvement": 1.0 - test_log_mae / baseline_log_mae, "val_test_gap": test_log_mae / val_log_mae - 1.0}
