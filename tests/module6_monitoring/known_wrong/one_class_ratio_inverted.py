# Known-wrong for kata 6.6: the ratio is training over serving, so the scale of a column sent
# divided by 100 comes out as 100 instead of 0.01.


def diagnose_one_class(training, serving_log, columns):
    skewed, scale = [], {}
    for column in columns:
        ratio = training[column].median() / serving_log[column].median()
        if ratio > SKEW_LIMIT or ratio < 1 / SKEW_LIMIT:
            skewed.append(column)
            scale[column] = 10.0 ** round(math.log10(ratio))
    return SkewDiagnosis("training_serving_skew" if skewed else "none", skewed, scale)
