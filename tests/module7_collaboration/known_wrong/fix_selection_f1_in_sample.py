# Known-wrong for kata 7.7: chooses by cross-validation, then reports as selection_f1 the F1
# of the refitted winner on its own training rows, a score that drove nothing and that a
# model which memorises its rows makes perfect.


def run_experiment(train, test):
    X_train, y_train = train[FEATURES], train[TARGET]
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=0)
    best_name, best_threshold, best_f1 = "", 0.5, -1.0
    for name, model in candidate_models().items():
        probabilities = cross_val_predict(model, X_train, y_train, cv=folds,
                                          method="predict_proba")[:, 1]
        for threshold in THRESHOLDS:
            f1 = _f1(y_train, probabilities >= threshold)
            if f1 > best_f1:
                best_name, best_threshold, best_f1 = name, float(threshold), f1
    model = candidate_models()[best_name].fit(X_train, y_train)
    selection_f1 = _f1(y_train, model.predict_proba(X_train)[:, 1] >= best_threshold)
    test_probabilities = model.predict_proba(test[FEATURES])[:, 1]
    test_f1 = f1_score(test[TARGET], test_probabilities >= best_threshold)
    return ExperimentResult(best_name, best_threshold, float(selection_f1), float(test_f1), model)
