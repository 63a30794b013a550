# Known-wrong for kata 4.7: the mean absolute error, not the mean squared error.


def brier_score(y_true, y_prob):
    truth, probability = _checked(y_true, y_prob)
    return float(np.mean(np.abs(probability - truth)))
