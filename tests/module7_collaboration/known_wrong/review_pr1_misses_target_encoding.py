# Known-wrong for kata 7.1: finds the pooled scaling and the target proxy, but takes the per-type
# legendary rate for an ordinary feature.


def review_pr1():
    file = "pr1_features.py"
    return [
        Finding(file, 66, "leakage", "Train and test are pooled, so the scaling statistics see the test rows."),
        Finding(file, 79, "leakage", "capture_rate is set because a species is legendary: a target proxy, drop it."),
    ]
