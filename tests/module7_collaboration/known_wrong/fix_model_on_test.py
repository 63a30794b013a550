# Known-wrong for kata 7.7: the threshold comes from cross-validation, but the candidate is still
# the one with the best F1 on the test set.


def run_experiment(train, test):
    X_train, y_train = train[FEATURES], train[TARGET]
    best_name, best_test_f1 = "", -1.0
    for name, model in candidate_models().items():
        model.fit(X_train, y_train)
        f1 = f1_score(test[TARGET], model.predict(test[FEATURES]))
        if f1 > best_test_f1:
            best_name, best_test_f1 = name, f1
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=0)
    probabilities = cross_val_predict(candidate_models()[best_name], X_train, y_train, cv=folds,
                                      method="predict_proba")[:, 1]
    scores = {float(t): _f1(y_train, probabilities >= t) for t in THRESHOLDS}
    threshold = max(scores, key=scores.get)
    model = candidate_models()[best_name].fit(X_train, y_train)
    test_f1 = f1_score(test[TARGET], model.predict_proba(test[FEATURES])[:, 1] >= threshold)
    return ExperimentResult(best_name, threshold, scores[threshold], float(test_f1), model)
