# Known-right for kata 6.6: medians from polars, skew as a ratio outside [1/2, 2].

import polars as pl


def diagnose_one_class(training, serving_log, columns):
    trained = pl.from_pandas(training[list(columns)])
    served = pl.from_pandas(serving_log[list(columns)])
    skewed, scale = [], {}
    for column in columns:
        ratio = served[column].median() / trained[column].median()
        if not 1 / SKEW_LIMIT <= ratio <= SKEW_LIMIT:
            skewed.append(column)
            scale[column] = 10.0 ** round(math.log10(ratio))
    return SkewDiagnosis("training_serving_skew" if skewed else "none", skewed, scale)
