# Known-wrong for kata 7.6: cross-fits with smoothing, but a type absent from the other folds
# gets 0.0 instead of their prior ("no legendary seen, so no legendary"), while test rows of a
# new type get the prior as they should.


def _fold_rates(types, labelled):
    prior = float(labelled[TARGET].mean())
    per_type = labelled.groupby("type1")[TARGET].agg(["sum", "count"])
    rates = (per_type["sum"] + _SMOOTHING * prior) / (per_type["count"] + _SMOOTHING)
    return types.map(rates).fillna(0.0).astype(float)


def build_features(train, test):
    train_features = _stat_columns(train)
    means, stds = train_features.mean(), train_features.std()
    train_features = (train_features - means) / stds
    test_features = (_stat_columns(test) - means) / stds
    test_features["type1_legendary_rate"] = _smoothed_rates(test["type1"], train)
    cross_fitted = pd.Series(0.0, index=train.index)
    folds = KFold(n_splits=_FOLDS, shuffle=True, random_state=0)
    for learn, apply in folds.split(train):
        rows = train.iloc[apply]
        cross_fitted.iloc[apply] = _fold_rates(rows["type1"], train.iloc[learn]).to_numpy()
    train_features["type1_legendary_rate"] = cross_fitted
    return train_features, test_features
