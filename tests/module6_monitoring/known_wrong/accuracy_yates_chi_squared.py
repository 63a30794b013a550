# Known-wrong for kata 6.4: tests the rise with chi2_contingency's default on the 2 x 2 table, which applies
# Yates' continuity correction, and halves its p-value: more conservative than both the z-test and Fisher.
from scipy.stats import chi2_contingency


def _rose_significantly(before, after, alpha=0.05):
    if after.mean() <= before.mean():
        return False
    e1, e2 = int(before.sum()), int(after.sum())
    table = [[e1, len(before) - e1], [e2, len(after) - e2]]
    if min(sum(col) for col in zip(*table)) == 0:
        return False
    return bool(chi2_contingency(table)[1] / 2 < alpha)
