# Known-right for kata 6.4: confirms the rise in errors with Fisher's exact test (one-sided) on the
# 2 x 2 table of errors and correct answers per week.

from scipy.stats import fisher_exact


def _rose_significantly(before, after, alpha=0.05):
    table = [[int(after.sum()), int(len(after) - after.sum())], [int(before.sum()), int(len(before) - before.sum())]]
    return bool(fisher_exact(table, alternative="greater").pvalue < alpha)
