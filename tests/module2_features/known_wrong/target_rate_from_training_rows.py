# Known-wrong for kata 2.4: every step fit on the training rows, but with a legendary rate per
# primary type learned from the training labels (target encoding "without leakage"): still a
# column computed from the target, which the spec rules out of the candidates.


def fit_and_score(train, test, model):
    rate = train[TARGET].groupby(train["type1"]).mean()
    overall = train[TARGET].mean()
    columns = FEATURES + ["type_legendary_rate"]
    train = train.assign(type_legendary_rate=train["type1"].map(rate).fillna(overall))
    test = test.assign(type_legendary_rate=test["type1"].map(rate).fillna(overall))
    pipeline = Pipeline([("scale", StandardScaler()), ("select", SelectKBest(f_classif, k=K_BEST)),
                         ("model", model)])
    pipeline.fit(train[columns], train[TARGET])
    predictions = pipeline.predict(test[columns])
    selected = [str(name) for name in pipeline["select"].get_feature_names_out(columns)]
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), selected)
