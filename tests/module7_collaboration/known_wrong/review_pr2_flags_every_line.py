# Known-wrong for kata 7.2: every line of the experiment is "test-set peeking"; the real findings drown.


def review_pr2():
    return [Finding("pr2_training.py", line, "test-set-peeking",
                    "This line might let the test set influence the experiment, please check.")
            for line in range(1, 103)]
