# Known-right for kata 7.1: the same leaks anchored to other lines of their spans, plus real
# minor problems (the description's untested result, the positional split).


def review_pr1():
    file = "pr1_features.py"
    return [
        Finding(file, 73, "leakage", "The standard deviation is computed over train and test together; "
                                     "learn it from the training rows only."),
        Finding(file, 77, "leakage", "The per-type rate maps labels of every row, test rows included, "
                                     "back into the features: learn it from training labels."),
        Finding(file, 80, "leakage", "capture_rate is assigned because a species is legendary; it will "
                                     "not exist at prediction time, so drop it."),
        Finding(file, 14, "correctness", "A jump from 0.61 to 0.98 F1 is too good to be true; show how "
                                         "it was measured before we merge."),
        Finding(file, 82, "style", "Splitting back by position after concat is fragile; keep the two "
                                   "sides apart from the start."),
    ]
