# Known-right for kata 7.6: scikit-learn's StandardScaler and TargetEncoder. TargetEncoder's
# fit_transform cross-fits the training rows (stratified folds); transform uses all of them.
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler, TargetEncoder


def _stats(rows):
    stats = rows[STATS].astype(float)
    return stats.assign(total_stats=stats.sum(axis=1))


def build_features(train, test):
    # StandardScaler divides by the population std (ddof=0); the spec's "standard deviation"
    # leaves the choice open and the tests allow it.
    scaler = StandardScaler().fit(_stats(train))
    train_x = pd.DataFrame(scaler.transform(_stats(train)), index=train.index,
                           columns=[*STATS, "total_stats"])
    test_x = pd.DataFrame(scaler.transform(_stats(test)), index=test.index,
                          columns=[*STATS, "total_stats"])
    encoder = TargetEncoder(smooth=10, target_type="binary",
                            cv=StratifiedKFold(5, shuffle=True, random_state=0))
    train_x["type1_legendary_rate"] = encoder.fit_transform(
        train[["type1"]], train[TARGET].astype(int))[:, 0]
    test_x["type1_legendary_rate"] = encoder.transform(test[["type1"]])[:, 0]
    return train_x, test_x
