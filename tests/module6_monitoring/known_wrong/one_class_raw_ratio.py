# Known-wrong for kata 6.6: uses the raw ratio of means as the scale, so the "repair" carries
# the sampling noise of two different samples (0.0097 instead of 0.01).


def diagnose_one_class(training, serving_log, columns):
    skewed, scale = [], {}
    for column in columns:
        ratio = serving_log[column].mean() / training[column].mean()
        if ratio > SKEW_LIMIT or ratio < 1 / SKEW_LIMIT:
            skewed.append(column)
            scale[column] = float(ratio)
    return SkewDiagnosis("training_serving_skew" if skewed else "none", skewed, scale)
