# Known-wrong for kata 7.6: the fix as first merged: scaling and rates from training rows only,
# capture_rate dropped, but each training row's type rate is learned from rows that include
# its own label, and a small type's rate is its raw share (0.0 for twelve non-legendaries).


def build_features(train, test):
    train_features = _stat_columns(train)
    means, stds = train_features.mean(), train_features.std()
    train_features = (train_features - means) / stds
    test_features = (_stat_columns(test) - means) / stds
    type_rate = train.groupby("type1")[TARGET].mean()
    overall_rate = train[TARGET].mean()
    for features, rows in ((train_features, train), (test_features, test)):
        features["type1_legendary_rate"] = rows["type1"].map(type_rate).fillna(overall_rate).astype(float)
    return train_features, test_features
