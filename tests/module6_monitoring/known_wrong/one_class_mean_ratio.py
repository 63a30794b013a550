# Known-wrong for kata 6.6: compares MEANS, so three garbage values make a healthy column look
# like a unit change.


def diagnose_one_class(training, serving_log, columns):
    skewed, scale = [], {}
    for column in columns:
        ratio = serving_log[column].mean() / training[column].mean()
        if ratio > SKEW_LIMIT or ratio < 1 / SKEW_LIMIT:
            skewed.append(column)
            scale[column] = 10.0 ** round(math.log10(ratio))
    return SkewDiagnosis("training_serving_skew" if skewed else "none", skewed, scale)
