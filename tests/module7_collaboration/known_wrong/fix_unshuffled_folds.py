# Known-wrong for kata 7.6: smoothed and cross-fitted, but over KFold(5) without shuffling: the
# folds are contiguous blocks, so rows stored in order learn from systematically other rows.
from sklearn.model_selection import KFold


def build_features(train, test):
    train_features = _stat_columns(train)
    means, stds = train_features.mean(), train_features.std()
    train_features = (train_features - means) / stds
    test_features = (_stat_columns(test) - means) / stds
    test_features["type1_legendary_rate"] = _smoothed_rates(test["type1"], train)
    rates = pd.Series(0.0, index=train.index)
    for learn, apply in KFold(n_splits=5).split(train):
        rates.iloc[apply] = _smoothed_rates(train["type1"].iloc[apply], train.iloc[learn]).to_numpy()
    train_features["type1_legendary_rate"] = rates
    return train_features, test_features
