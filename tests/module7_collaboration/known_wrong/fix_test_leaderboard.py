# Known-wrong for kata 7.7: chooses honestly by cross-validation, but also scores every
# candidate on the test set "for the report": the test set is read by models that are not
# the one returned, and the leaderboard invites a second choice on it.


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
    leaderboard = {name: f1_score(test[TARGET], candidate.fit(X_train, y_train).predict(test[FEATURES]))
                   for name, candidate in candidate_models().items()}
    print("test F1 of every candidate:", leaderboard)
    model = candidate_models()[best_name].fit(X_train, y_train)
    test_probabilities = model.predict_proba(test[FEATURES])[:, 1]
    test_f1 = f1_score(test[TARGET], test_probabilities >= best_threshold)
    return ExperimentResult(best_name, best_threshold, float(best_f1), float(test_f1), model)
