# Known-wrong for kata 7.6: leave-one-out target encoding: each training row's rate from all the
# other training rows. Within a type, legendaries get one value and the rest another.


def build_features(train, test):
    train_features = _stat_columns(train)
    means, stds = train_features.mean(), train_features.std()
    train_features = (train_features - means) / stds
    test_features = (_stat_columns(test) - means) / stds
    prior = float(train[TARGET].mean())
    per_type = train.groupby("type1")[TARGET]
    total = train["type1"].map(per_type.sum()).astype(float)
    count = train["type1"].map(per_type.count()).astype(float)
    own = train[TARGET].astype(float)
    train_features["type1_legendary_rate"] = (total - own + 10 * prior) / (count - 1 + 10)
    test_features["type1_legendary_rate"] = _smoothed_rates(test["type1"], train)
    return train_features, test_features
