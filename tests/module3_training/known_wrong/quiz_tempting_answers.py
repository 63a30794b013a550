# Known-wrong for kata 3.Q: the tempting answers: the most accurate model always wins, tune on test.


def answers():
    return {
        "validation_90_test_70": "a",
        "logistic_over_xgboost": "a",
        "tune_on_test": "a",
        "accurate_but_pm_unhappy": "b",
        "eight_hour_training": "a",
    }
