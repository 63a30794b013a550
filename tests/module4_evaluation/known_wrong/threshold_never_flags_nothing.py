# Known-wrong for kata 4.4: tries every distinct score as a threshold but never math.inf, so
# flagging nothing (the cheapest choice when every row is negative) is never considered.


def cost_minimising_threshold(y_true, scores, *, cost_fp, cost_fn):
    truth, scores = _checked(y_true, scores)
    candidates = sorted(set(scores.tolist()), reverse=True)
    costs = [expected_cost(truth, scores, t, cost_fp=cost_fp, cost_fn=cost_fn) for t in candidates]
    best = int(np.argmin(costs))
    return candidates[best], costs[best]
