# Known-wrong for kata 2.1: refuses the ends of the range ("a threshold of 0 or 1 makes no sense"),
# though the spec allows [0, 1].


_reference_pairs = correlated_pairs


def correlated_pairs(frame, threshold):
    if not 0 < threshold < 1:
        raise ValueError(f"threshold must be strictly between 0 and 1, got {threshold}")
    return _reference_pairs(frame, threshold)
