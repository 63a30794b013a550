# Known-right for kata 7.2: the same problems anchored to other lines (the fit of the candidate
# loop, the return of the best test F1, the forest), plus the description's thin testing.


def review_pr2():
    file = "pr2_training.py"
    return [
        Finding(file, 89, "test-set-peeking", "The loop over candidates keeps the one with the best "
                                              "test F1: the test set chooses the model."),
        Finding(file, 102, "test-set-peeking", "The reported F1 is the best of seventeen thresholds "
                                               "scored on test; it is optimistic by construction."),
        Finding(file, 56, "reproducibility", "The forest has no random_state, so two runs can choose "
                                             "different models; fix the seed."),
        Finding(file, 16, "correctness", "'Ran it a few times' is not a test: add one that fixes the "
                                         "data and checks the choice."),
    ]
