# Known-wrong for kata 6.6: int() of log10 truncates toward zero instead of rounding, so a median
# ratio of 957 gives a scale of 100, and 0.0114 gives 0.1.


def diagnose_one_class(training, serving_log, columns):
    skewed, scale = [], {}
    for column in columns:
        ratio = serving_log[column].median() / training[column].median()
        if ratio > SKEW_LIMIT or ratio < 1 / SKEW_LIMIT:
            skewed.append(column)
            scale[column] = 10.0 ** int(math.log10(ratio))
    return SkewDiagnosis("training_serving_skew" if skewed else "none", skewed, scale)
