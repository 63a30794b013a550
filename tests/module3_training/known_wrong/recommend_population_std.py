# Known-wrong for kata 3.5: the standard error of the paired differences with numpy's default
# ddof=0, which understates it on few folds and calls noisy leads real.


def _within_noise(leader_scores, scores):
    differences = np.asarray(leader_scores, dtype=float) - np.asarray(scores, dtype=float)
    return bool(differences.mean() <= np.std(differences) / math.sqrt(len(differences)))
