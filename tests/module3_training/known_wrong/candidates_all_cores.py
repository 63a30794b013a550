# Known-wrong for kata 3.3: the forest uses every core (n_jobs=-1), so its timings depend on
# what else the machine is running.

_correct_candidate_models = candidate_models


def candidate_models(seed=0):
    models = _correct_candidate_models(seed)
    models["random_forest"] = RandomForestClassifier(n_estimators=30, max_depth=6, n_jobs=-1, random_state=seed)
    return models
