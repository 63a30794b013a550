# Known-right for kata 7.7: selection on a stratified validation split carved out of the
# training rows (no cross-validation), then the winner refitted on all training rows.
from sklearn.base import clone
from sklearn.model_selection import train_test_split


def run_experiment(train, test):
    X, y = train[FEATURES], train[TARGET]
    X_fit, X_val, y_fit, y_val = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
    best_name, best_threshold, best_f1 = "", 0.5, -1.0
    for name, candidate in candidate_models().items():
        probabilities = clone(candidate).fit(X_fit, y_fit).predict_proba(X_val)[:, 1]
        for threshold in THRESHOLDS:
            f1 = f1_score(y_val, probabilities >= threshold, zero_division=0)
            if f1 > best_f1:
                best_name, best_threshold, best_f1 = name, float(threshold), f1
    model = clone(candidate_models()[best_name]).fit(X, y)
    test_f1 = f1_score(test[TARGET], model.predict_proba(test[FEATURES])[:, 1] >= best_threshold,
                       zero_division=0)
    return ExperimentResult(best_name, best_threshold, float(best_f1), float(test_f1), model)
