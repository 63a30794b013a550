# Known-wrong for kata 2.Q: the tempting answers: drop correlated features, trust 99%, zero
# correlation means useless.


def answers():
    return {
        "correlated_hp_defense": "a",
        "suspicious_99": "b",
        "fit_scaler_on_train": "c",
        "power_ratio_zero": "b",
        "zero_correlation_feature": "a",
    }
