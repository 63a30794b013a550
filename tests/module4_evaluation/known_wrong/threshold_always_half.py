# Known-wrong for kata 4.4: keeps the default 0.5 whatever the costs.


def cost_minimising_threshold(y_true, scores, *, cost_fp, cost_fn):
    return 0.5, expected_cost(y_true, scores, 0.5, cost_fp=cost_fp, cost_fn=cost_fn)
