# Known-wrong for kata 7.7: model and threshold chosen by cross-validation, but the test F1 is
# computed with model.predict, that is at 0.5, not at the threshold that was chosen.
_complete_run_experiment = run_experiment


def run_experiment(train, test):
    result = _complete_run_experiment(train, test)
    test_f1 = f1_score(test[TARGET], result.model.predict(test[FEATURES]))
    return result._replace(test_f1=float(test_f1))
