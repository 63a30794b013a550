# Known-wrong for kata 7.6: fixes the rate and drops capture_rate, but scales with pooled statistics.


def build_features(train, test):
    pooled = _stat_columns(pd.concat([train, test]))
    means, stds = pooled.mean(), pooled.std()
    train_features = (_stat_columns(train) - means) / stds
    test_features = (_stat_columns(test) - means) / stds
    type_rate = train.groupby("type1")[TARGET].mean()
    overall_rate = train[TARGET].mean()
    for features, rows in ((train_features, train), (test_features, test)):
        features["type1_legendary_rate"] = rows["type1"].map(type_rate).fillna(overall_rate).astype(float)
    return train_features, test_features
