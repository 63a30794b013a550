# Known-wrong for kata 7.5: checks the scikit-learn constructors for a seed but not pandas'
# df.sample, so an unseeded shuffle of the rows passes.


def _unseeded_samples(tree):
    return []
