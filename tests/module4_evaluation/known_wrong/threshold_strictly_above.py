# Known-wrong for kata 4.4: flags a row only when its score is strictly above the threshold.


def expected_cost(y_true, scores, threshold, *, cost_fp, cost_fn):
    truth, scores = _checked(y_true, scores)
    flagged = scores > threshold
    return float(cost_fp * np.sum(flagged & ~truth) + cost_fn * np.sum(~flagged & truth))
