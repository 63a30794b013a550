# Known-wrong for kata 6.6: multiplies by the scale instead of dividing, making the skew worse.


def repair_serving_features(serving, diagnosis):
    repaired = serving.copy()
    for column in diagnosis.columns:
        repaired[column] = repaired[column] * diagnosis.scale[column]
    return repaired
