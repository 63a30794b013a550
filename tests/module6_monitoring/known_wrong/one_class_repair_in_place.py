# Known-wrong for kata 6.6: repairs the caller's serving frame in place and returns it, so the
# logged evidence is overwritten.


def repair_serving_features(serving, diagnosis):
    for column in diagnosis.columns:
        serving[column] = serving[column] / diagnosis.scale[column]
    return serving
