# Known-wrong for kata 8.9: selects on log-MAE but reports the improvement and the gap in dollars,
# mixing the selection metric with another one.
_reference_final_evaluation = final_evaluation


def final_evaluation(candidates, val, test, baseline_price):
    result = _reference_final_evaluation(candidates, val, test, baseline_price)
    return {**result, "improvement": 1 - result["test_mae"] / result["baseline_test_mae"],
            "val_test_gap": (result["test_mae"] - result["val_mae"]) / result["val_mae"]}
