# Known-wrong for kata 2.4: fits the scaler on the training rows only (honest), but writes the
# scaled values back into the caller's train and test frames.


def fit_and_score(train, test, model):
    scaler = StandardScaler().fit(train[FEATURES])
    train[FEATURES] = scaler.transform(train[FEATURES])
    test[FEATURES] = scaler.transform(test[FEATURES])
    selector = SelectKBest(f_classif, k=K_BEST).fit(train[FEATURES], train[TARGET])
    model.fit(selector.transform(train[FEATURES]), train[TARGET])
    predictions = model.predict(selector.transform(test[FEATURES]))
    selected = [str(name) for name in selector.get_feature_names_out(FEATURES)]
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), selected)
