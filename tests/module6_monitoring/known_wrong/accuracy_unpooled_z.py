# Known-wrong for kata 6.4: the unpooled two-proportion z-test, each week's error rate with its own
# variance, so a small week with few errors makes a modest rise look significant.


def _rose_significantly(before, after, alpha=0.05):
    p1, p2 = before.mean(), after.mean()
    se = math.sqrt(p1 * (1 - p1) / len(before) + p2 * (1 - p2) / len(after))
    if se == 0:
        return bool(p2 > p1)
    return bool(norm.sf((p2 - p1) / se) < alpha)
