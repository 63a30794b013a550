# Known-wrong for kata 4.4: searches a fixed grid 0.1 .. 0.9, missing the thresholds in between and
# the option of flagging nothing or everything.


def cost_minimising_threshold(y_true, scores, *, cost_fp, cost_fn):
    grid = [round(0.1 * i, 1) for i in range(1, 10)]
    costs = [expected_cost(y_true, scores, t, cost_fp=cost_fp, cost_fn=cost_fn) for t in grid]
    best = int(np.argmin(costs))
    return grid[best], costs[best]
