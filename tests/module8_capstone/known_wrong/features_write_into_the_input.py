# Known-wrong for kata 8.3: adds the feature columns to the caller's frame instead of a copy.
_reference_engineer_features = engineer_features


def engineer_features(frame):
    features = _reference_engineer_features(frame)
    for column in features.columns.difference(frame.columns):
        frame[column] = features[column]
    return frame
