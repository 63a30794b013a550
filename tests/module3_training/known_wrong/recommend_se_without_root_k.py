# Known-wrong for kata 3.5: the "standard error" is the std of the paired differences itself, not
# divided by sqrt(k), so a real lead of a few folds is waved through as noise.


def _within_noise(leader_scores, scores):
    differences = np.asarray(leader_scores, dtype=float) - np.asarray(scores, dtype=float)
    return bool(differences.mean() <= np.std(differences, ddof=1))
