# Known-wrong for kata 7.7: a hand-written cross-validation loop chooses honestly, but the model
# it returns is the winner as fitted on the last fold's training part, never refitted on all
# training rows.


def run_experiment(train, test):
    X_train, y_train = train[FEATURES], train[TARGET]
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    best = ("", 0.5, -1.0, None)
    for name in candidate_models():
        probabilities = np.zeros(len(train))
        for fit_rows, score_rows in folds.split(X_train, y_train):
            model = candidate_models()[name].fit(X_train.iloc[fit_rows], y_train.iloc[fit_rows])
            probabilities[score_rows] = model.predict_proba(X_train.iloc[score_rows])[:, 1]
        for threshold in THRESHOLDS:
            f1 = _f1(y_train, probabilities >= threshold)
            if f1 > best[2]:
                best = (name, float(threshold), f1, model)
    name, threshold, selection_f1, model = best
    test_f1 = f1_score(test[TARGET], model.predict_proba(test[FEATURES])[:, 1] >= threshold)
    return ExperimentResult(name, threshold, float(selection_f1), float(test_f1), model)
