# Known-wrong for kata 7.6: cross-fitted, but the raw share per type: a type of twelve
# non-legendary rows gets 0.0, as if twelve rows proved that no such species is legendary.
from sklearn.model_selection import KFold


def _raw_rates(types, labelled):
    prior = float(labelled[TARGET].mean())
    return types.map(labelled.groupby("type1")[TARGET].mean()).fillna(prior).astype(float)


def build_features(train, test):
    train_features = _stat_columns(train)
    means, stds = train_features.mean(), train_features.std()
    train_features = (train_features - means) / stds
    test_features = (_stat_columns(test) - means) / stds
    test_features["type1_legendary_rate"] = _raw_rates(test["type1"], train)
    rates = pd.Series(0.0, index=train.index)
    for learn, apply in KFold(5, shuffle=True, random_state=0).split(train):
        rates.iloc[apply] = _raw_rates(train["type1"].iloc[apply], train.iloc[learn]).to_numpy()
    train_features["type1_legendary_rate"] = rates
    return train_features, test_features
