# Known-wrong for kata 7.1: flags every line as leakage; the planted leaks are "found", buried in noise.


def review_pr1():
    return [Finding("pr1_features.py", line, "leakage",
                    "This line might leak information from the test set, please double-check it.")
            for line in range(1, 85)]
