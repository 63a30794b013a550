# Known-wrong for kata 4.4: chooses on validation, but reports the validation cost that chose it.


def held_out_cost(y_val, scores_val, y_test, scores_test, *, cost_fp, cost_fn):
    _checked(y_test, scores_test)
    return cost_minimising_threshold(y_val, scores_val, cost_fp=cost_fp, cost_fn=cost_fn)
