# Known-wrong for kata 2.4: scales honestly but chooses the features by their association with
# the target over all rows, test rows included.


def fit_and_score(train, test, model):
    scaler = StandardScaler().fit(train[FEATURES])
    everything = pd.concat([train, test])
    selector = SelectKBest(f_classif, k=K_BEST).fit(scaler.transform(everything[FEATURES]), everything[TARGET])
    model.fit(selector.transform(scaler.transform(train[FEATURES])), train[TARGET])
    predictions = model.predict(selector.transform(scaler.transform(test[FEATURES])))
    selected = [str(name) for name in selector.get_feature_names_out(FEATURES)]
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), selected)
