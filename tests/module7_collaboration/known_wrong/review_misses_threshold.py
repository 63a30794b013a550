# Known-wrong for kata 7.2: catches the model chosen on the test set, misses the threshold tuned on it.


def review_pr2():
    file = "pr2_training.py"
    return [
        Finding(file, 91, "test-set-peeking",
                "Candidates are compared on the test set; compare them by cross-validation on train."),
        Finding(file, 56, "reproducibility",
                "The forest has no random_state, so two runs may pick different models."),
    ]
