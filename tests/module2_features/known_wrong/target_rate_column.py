# Known-wrong for kata 2.4: a pipeline fit on training rows, but with a legendary rate per type
# pair computed from the labels of all rows, test rows included (target encoding before the split).


def fit_and_score(train, test, model):
    everything = pd.concat([train, test])
    pair = everything["type1"] + "/" + everything["type2"].fillna("-")
    rate = everything[TARGET].groupby(pair).mean()
    columns = FEATURES + ["type_legendary_rate"]
    train = train.assign(type_legendary_rate=(train["type1"] + "/" + train["type2"].fillna("-")).map(rate))
    test = test.assign(type_legendary_rate=(test["type1"] + "/" + test["type2"].fillna("-")).map(rate))
    pipeline = Pipeline([("scale", StandardScaler()), ("select", SelectKBest(f_classif, k=K_BEST)),
                         ("model", model)])
    pipeline.fit(train[columns], train[TARGET])
    predictions = pipeline.predict(test[columns])
    selected = [str(name) for name in pipeline["select"].get_feature_names_out(columns)]
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), selected)
