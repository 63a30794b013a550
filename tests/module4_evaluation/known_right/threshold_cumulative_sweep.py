# Known-right for kata 4.4: one sort and cumulative sums price every threshold at once; among
# equally cheap thresholds it keeps the LOWEST (flags most rows), the other choice the spec allows.


def cost_minimising_threshold(y_true, scores, *, cost_fp, cost_fn):
    truth, values = _checked(y_true, scores)
    distinct = np.unique(values)[::-1]  # descending
    # Flagged positives and negatives when the threshold is each distinct score.
    order = np.argsort(-values, kind="stable")
    sorted_scores, sorted_truth = values[order], truth[order]
    last_of_each = np.searchsorted(-sorted_scores, -distinct, side="right") - 1
    tp = np.cumsum(sorted_truth)[last_of_each]
    fp = np.cumsum(~sorted_truth)[last_of_each]
    costs = np.concatenate([[cost_fn * truth.sum()], cost_fp * fp + cost_fn * (truth.sum() - tp)])
    candidates = [math.inf, *distinct.tolist()]
    best = int(np.flatnonzero(costs == costs.min())[-1])
    return candidates[best], float(costs[best])
