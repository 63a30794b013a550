# Known-wrong for kata 3.6: best_run's params are every params.* column of search_runs' table.


def best_run(tracking_uri, experiment_name, metric="cv_f1_mean"):
    import mlflow

    mlflow.set_tracking_uri(tracking_uri)
    experiment = mlflow.get_experiment_by_name(experiment_name)
    if experiment is None:
        raise ValueError(f"no experiment named {experiment_name!r}")
    runs = mlflow.search_runs([experiment.experiment_id])
    column = f"metrics.{metric}"
    if column not in runs or runs[column].isna().all():
        raise ValueError(f"no run with metric {metric!r}")
    row = runs.loc[runs[column].idxmax()]
    params = {name.removeprefix("params."): row[name] for name in runs.columns if name.startswith("params.")}
    return {"run_id": row["run_id"], "params": params, "metric": float(row[column])}
