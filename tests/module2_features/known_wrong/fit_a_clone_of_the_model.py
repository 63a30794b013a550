# Known-wrong for kata 2.4: honest, but it fits a clone of the model "to leave the caller's object
# alone", while the spec says to fit the model itself: the caller's model stays unfitted.

from sklearn.base import clone


def fit_and_score(train, test, model):
    pipeline = Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(f_classif, k=K_BEST)),
        ("model", clone(model)),
    ])
    pipeline.fit(train[FEATURES], train[TARGET])
    predictions = pipeline.predict(test[FEATURES])
    selected = [str(name) for name in pipeline["select"].get_feature_names_out(FEATURES)]
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), selected)
