# Known-right for kata 3.5: the same rule written as a paired t statistic (t <= 1) with the
# statistics module.

import statistics


def _within_noise(leader_scores, scores):
    differences = [a - b for a, b in zip(leader_scores, scores)]
    mean = statistics.fmean(differences)
    spread = statistics.stdev(differences)
    if spread == 0:
        return mean <= 0
    return mean / (spread / math.sqrt(len(differences))) <= 1
