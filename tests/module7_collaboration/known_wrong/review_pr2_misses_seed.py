# Known-wrong for kata 7.2: finds both ways the test set steers the choice, but not why the
# description says the chosen model is only "usually" the same.


def review_pr2():
    file = "pr2_training.py"
    return [
        Finding(file, 91, "test-set-peeking",
                "Candidates are compared on the test set; compare them by cross-validation on train."),
        Finding(file, 98, "test-set-peeking",
                "The threshold is tuned on test labels; tune it on out-of-fold predictions instead."),
    ]
