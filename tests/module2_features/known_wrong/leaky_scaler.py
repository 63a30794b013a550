# Known-wrong for kata 2.4: everything is honest except the scaler, which is fit on the training
# and test rows together "so both get the same treatment".


def fit_and_score(train, test, model):
    scaler = StandardScaler().fit(pd.concat([train, test])[FEATURES])
    selector = SelectKBest(f_classif, k=K_BEST).fit(scaler.transform(train[FEATURES]), train[TARGET])
    model.fit(selector.transform(scaler.transform(train[FEATURES])), train[TARGET])
    predictions = model.predict(selector.transform(scaler.transform(test[FEATURES])))
    selected = [str(name) for name in selector.get_feature_names_out(FEATURES)]
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), selected)
