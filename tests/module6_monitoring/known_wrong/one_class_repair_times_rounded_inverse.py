# Known-wrong for kata 6.6: undoes the skew by multiplying by round(1 / scale), right for a column sent
# divided by 100 (scale 0.01: x100) but it zeroes a column sent x1000 (round(0.001) = 0).


def repair_serving_features(serving, diagnosis):
    repaired = serving.copy()
    for column in diagnosis.columns:
        repaired[column] = repaired[column] * round(1 / diagnosis.scale[column])
    return repaired
