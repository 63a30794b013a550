# Known-wrong for kata 6.6: looks only for values that arrive too SMALL (the incident's /100), so a
# column sent 1000 times too large is missed.


def diagnose_one_class(training, serving_log, columns):
    skewed, scale = [], {}
    for column in columns:
        ratio = serving_log[column].median() / training[column].median()
        if ratio < 1 / SKEW_LIMIT:
            skewed.append(column)
            scale[column] = 10.0 ** round(math.log10(ratio))
    return SkewDiagnosis("training_serving_skew" if skewed else "none", skewed, scale)
