# Known-wrong for kata 3.6: leaves out the params whose value is None (max_features=None is a
# choice too, and the record should say so).


def run_tracked_experiment(tracking_uri, experiment_name, params, X, y, *, seed, n_splits=5):
    import mlflow
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_experiment(experiment_name)
    model = RandomForestClassifier(**params, random_state=seed, n_jobs=1)
    folds = StratifiedKFold(n_splits, shuffle=True, random_state=seed)
    scores = cross_val_score(model, X, y, cv=folds, scoring="f1")
    with mlflow.start_run() as run:
        mlflow.log_params({**{k: v for k, v in params.items() if v is not None}, "seed": seed})
        mlflow.log_metrics({"cv_f1_mean": float(np.mean(scores)), "cv_f1_std": float(np.std(scores))})
        mlflow.log_dict({"fold_scores": [float(s) for s in scores]}, "fold_scores.json")
        mlflow.set_tags({"data_fingerprint": data_fingerprint(X, y), "git_commit": current_git_commit()})
    return run.info.run_id
