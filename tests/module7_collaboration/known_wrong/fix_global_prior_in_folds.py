# Known-wrong for kata 7.6: cross-fits the per-type counts but smooths every fold towards the
# prior of all training rows, whose labels include the fold's own: a row of a rare type gets
# its own label back through the prior.
import numpy as _np
import pandas as _pd


def build_features(train, test):
    stats_train = train[STATS].astype(float)
    stats_test = test[STATS].astype(float)
    train_x = stats_train.assign(total_stats=stats_train.sum(axis=1))
    test_x = stats_test.assign(total_stats=stats_test.sum(axis=1))
    means, stds = train_x.mean(), train_x.std()
    train_x, test_x = (train_x - means) / stds, (test_x - means) / stds
    labels = train[TARGET].astype(float)
    prior = float(labels.mean())

    def rates(rows):
        grouped = labels.iloc[rows].groupby(train["type1"].iloc[rows].to_numpy())
        return (grouped.sum() + 10 * prior) / (grouped.count() + 10)

    everything = _np.arange(len(train))
    test_x["type1_legendary_rate"] = test["type1"].map(rates(everything)).fillna(prior).to_numpy()
    crossfit = _np.empty(len(train))
    order = _np.random.default_rng(0).permutation(len(train))
    for fold in _np.array_split(order, 5):
        others = _np.setdiff1d(order, fold)
        crossfit[fold] = train["type1"].iloc[fold].map(rates(others)).fillna(prior).to_numpy()
    train_x["type1_legendary_rate"] = crossfit
    return train_x, test_x
