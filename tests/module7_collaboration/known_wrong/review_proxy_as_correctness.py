# Known-wrong for kata 7.1: finds the capture_rate line but calls the target proxy a correctness bug.


def review_pr1():
    file = "pr1_features.py"
    return [
        Finding(file, 72, "leakage", "Scaling statistics include the test rows; fit them on train only."),
        Finding(file, 76, "leakage", "The type rate is learned from test labels; use training labels only."),
        Finding(file, 79, "correctness", "capture_rate should not be here, it looks wrong to me, please remove."),
    ]
