# Known-wrong for kata 3.3: the logistic regression gets the raw stats, no StandardScaler in front.

_correct_candidate_models = candidate_models


def candidate_models(seed=0):
    models = _correct_candidate_models(seed)
    models["logistic_regression"] = LogisticRegression(max_iter=2000, random_state=seed)
    return models
