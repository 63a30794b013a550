# Known-wrong for kata 2.4: the scaler and the selection learn from the training rows, but the
# test rows are standardised with a second scaler fit on the test rows themselves ("each set on
# its own scale"), so one test row's features depend on the other test rows.


def fit_and_score(train, test, model):
    scaler = StandardScaler().fit(train[FEATURES])
    selector = SelectKBest(f_classif, k=K_BEST).fit(scaler.transform(train[FEATURES]), train[TARGET])
    model.fit(selector.transform(scaler.transform(train[FEATURES])), train[TARGET])
    test_scaled = StandardScaler().fit_transform(test[FEATURES])
    predictions = model.predict(selector.transform(test_scaled))
    selected = [str(name) for name in selector.get_feature_names_out(FEATURES)]
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), selected)
