# Known-wrong for kata 7.6: a fix that still leaks: scaling uses training statistics, but the
# per-type legendary rate is still learned from train and test labels together.


def build_features(train, test):
    train_features = _stat_columns(train)
    means, stds = train_features.mean(), train_features.std()
    train_features = (train_features - means) / stds
    test_features = (_stat_columns(test) - means) / stds
    both = pd.concat([train, test])
    type_rate = both.groupby("type1")[TARGET].mean()
    for features, rows in ((train_features, train), (test_features, test)):
        features["type1_legendary_rate"] = rows["type1"].map(type_rate).astype(float)
    return train_features, test_features
