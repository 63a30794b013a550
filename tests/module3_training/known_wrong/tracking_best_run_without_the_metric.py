# Known-wrong for kata 3.6: when no run has the metric, best_run returns some run with a NaN metric
# instead of raising ValueError.


def best_run(tracking_uri, experiment_name, metric="cv_f1_mean"):
    import mlflow

    client = mlflow.MlflowClient(tracking_uri)
    experiment = client.get_experiment_by_name(experiment_name)
    if experiment is None:
        raise ValueError(f"no experiment named {experiment_name!r}")
    runs = client.search_runs([experiment.experiment_id], order_by=[f"metrics.{metric} DESC"], max_results=1)
    best = runs[0]
    return {"run_id": best.info.run_id, "params": dict(best.data.params),
            "metric": float(best.data.metrics.get(metric, float("nan")))}
