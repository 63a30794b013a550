# Known-wrong for kata 4.4: expected_cost prices a NaN score as "not flagged" instead of refusing it.

import numpy as np


def expected_cost(y_true, scores, threshold, *, cost_fp, cost_fn):
    truth, scores = np.asarray(y_true).astype(bool), np.asarray(scores, dtype=float)
    if len(truth) != len(scores) or len(truth) == 0:
        raise ValueError("labels and scores must be non-empty and of the same length")
    flagged = scores >= threshold
    return float(cost_fp * np.sum(flagged & ~truth) + cost_fn * np.sum(~flagged & truth))
