# Known-wrong for kata 6.4: a two-sided test, so a significant FALL in errors also reads as concept drift.


def _rose_significantly(before, after, alpha=0.05):
    n1, n2 = len(before), len(after)
    pooled = (before.sum() + after.sum()) / (n1 + n2)
    if pooled in (0, 1):
        return False
    z = (after.mean() - before.mean()) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))  # noqa: F821
    return bool(2 * norm.sf(abs(z)) < alpha)  # noqa: F821
