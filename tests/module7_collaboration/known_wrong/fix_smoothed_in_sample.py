# Known-wrong for kata 7.6: smoothed rates, but learned once from all training rows and applied
# to the training rows themselves: smoothing shrinks the leak of each row's own label, it does
# not remove it.


def build_features(train, test):
    train_features = _stat_columns(train)
    means, stds = train_features.mean(), train_features.std()
    train_features = (train_features - means) / stds
    test_features = (_stat_columns(test) - means) / stds
    train_features["type1_legendary_rate"] = _smoothed_rates(train["type1"], train)
    test_features["type1_legendary_rate"] = _smoothed_rates(test["type1"], train)
    return train_features, test_features
