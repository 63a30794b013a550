# Known-wrong for kata 6.6: when nothing is skewed, hands back the caller's own frame instead of a copy.


def repair_serving_features(serving, diagnosis):
    if not diagnosis.columns:
        return serving
    repaired = serving.copy()
    for column in diagnosis.columns:
        repaired[column] = repaired[column] / diagnosis.scale[column]
    return repaired
