# Known-wrong for kata 4.7: refuses probabilities below 0 or above 1, a test that a NaN passes
# (every comparison with NaN is False), so a NaN lands in the last bin.


def _checked(y_true, y_prob):
    truth = np.asarray(y_true, dtype=float)
    probability = np.asarray(y_prob, dtype=float)
    if len(truth) != len(probability) or len(truth) == 0:
        raise ValueError(f"need non-empty inputs of equal length, got {len(truth)} and {len(probability)}")
    if np.any((probability < 0) | (probability > 1)):
        raise ValueError("probabilities must lie in [0, 1]")
    return truth, probability
