# Known-wrong for kata 7.7: the model is chosen by cross-validation, the threshold on the test set.


def run_experiment(train, test):
    X_train, y_train = train[FEATURES], train[TARGET]
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=0)
    best_name, best_f1 = "", -1.0
    for name, model in candidate_models().items():
        probabilities = cross_val_predict(model, X_train, y_train, cv=folds, method="predict_proba")[:, 1]
        f1 = f1_score(y_train, probabilities >= 0.5)
        if f1 > best_f1:
            best_name, best_f1 = name, f1
    model = candidate_models()[best_name].fit(X_train, y_train)
    probabilities = model.predict_proba(test[FEATURES])[:, 1]
    best_threshold, test_f1 = 0.5, -1.0
    for threshold in THRESHOLDS:
        f1 = f1_score(test[TARGET], probabilities >= threshold)
        if f1 > test_f1:
            best_threshold, test_f1 = float(threshold), f1
    return ExperimentResult(best_name, best_threshold, float(best_f1), float(test_f1), model)
