# Known-wrong for kata 3.5: treats every model within one fold std of the leader as tied, as if
# the leader's fold-to-fold spread were the uncertainty of a difference between two models that
# share the same folds.


def _within_noise(leader_scores, scores):
    leader = np.asarray(leader_scores, dtype=float)
    return bool(np.mean(scores) >= leader.mean() - leader.std())
