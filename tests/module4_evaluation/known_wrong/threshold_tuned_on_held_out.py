# Known-wrong for kata 4.4: chooses the threshold on validation and held-out rows together, so the
# rows it reports on helped choose it.


def held_out_cost(y_val, scores_val, y_test, scores_test, *, cost_fp, cost_fn):
    _checked(y_val, scores_val)
    truth, scores = _checked(y_test, scores_test)
    threshold, _ = cost_minimising_threshold(np.concatenate([np.asarray(y_val), truth]),
                                             np.concatenate([np.asarray(scores_val, dtype=float), scores]),
                                             cost_fp=cost_fp, cost_fn=cost_fn)
    return threshold, expected_cost(truth, scores, threshold, cost_fp=cost_fp, cost_fn=cost_fn)
