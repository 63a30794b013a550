# Known-wrong for kata 3.3: XGBoost keeps its default random_state (and subsamples rows), so the
# seed does not reach it.

_correct_candidate_models = candidate_models


def candidate_models(seed=0):
    models = _correct_candidate_models(seed)
    models["xgboost"] = XGBClassifier(n_estimators=40, max_depth=3, learning_rate=0.2, subsample=0.8, n_jobs=1)
    return models
