# Known-wrong for kata 7.7: selection by cross-validation and one honest test read, but the
# forest still has no random_state: "usually the same model" stays true.


def candidate_models():
    return {
        "logistic_regression": make_pipeline(StandardScaler(), LogisticRegression()),
        "decision_tree": DecisionTreeClassifier(max_depth=4, random_state=0),
        "random_forest": RandomForestClassifier(n_estimators=20),
    }
