# Known-right for kata 6.6: every column's median ratio at once, powers of ten from numpy.

import numpy as np


def diagnose_one_class(training, serving_log, columns):
    ratios = serving_log[columns].median() / training[columns].median()
    skewed = ratios[(ratios > SKEW_LIMIT) | (ratios < 1 / SKEW_LIMIT)]
    scale = {column: float(10.0 ** np.round(np.log10(ratio))) for column, ratio in skewed.items()}
    return SkewDiagnosis("training_serving_skew" if len(skewed) else "none", list(skewed.index), scale)
