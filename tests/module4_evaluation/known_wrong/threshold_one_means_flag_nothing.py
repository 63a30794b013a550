# Known-wrong for kata 4.4: adds 1.0 instead of math.inf as the "flag nothing" candidate,
# assuming probabilities stay below 1; a score of exactly 1.0 is still flagged at 1.0.


def cost_minimising_threshold(y_true, scores, *, cost_fp, cost_fn):
    truth, scores = _checked(y_true, scores)
    candidates = sorted(set(scores.tolist()) | {1.0}, reverse=True)
    costs = [expected_cost(truth, scores, t, cost_fp=cost_fp, cost_fn=cost_fn) for t in candidates]
    best = int(np.argmin(costs))
    return candidates[best], costs[best]
