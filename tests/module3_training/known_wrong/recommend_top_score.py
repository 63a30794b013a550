# Known-wrong for kata 3.5: always recommends the top mean score, however small or noisy the lead.


def _within_noise(leader_scores, scores):
    return bool(np.allclose(np.asarray(leader_scores, dtype=float), np.asarray(scores, dtype=float)))
