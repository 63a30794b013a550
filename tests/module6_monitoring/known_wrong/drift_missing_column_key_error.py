# Known-wrong for kata 6.2: no check for a missing column, so pandas raises a KeyError instead of
# the ValueError the spec promises.

_correct_detect_drift = detect_drift


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    for column in columns:
        reference[column], current[column]  # KeyError for a missing column
    return _correct_detect_drift(reference, current, columns, alpha=alpha, min_effect=min_effect)
