# Known-right for kata 8.4: MLflow's client API instead of the fluent one (no global tracking URI).
from mlflow import MlflowClient
from mlflow.entities import Metric, Param


def log_run(tracking_uri, name, params, metrics, experiment=EXPERIMENT):
    client = MlflowClient(tracking_uri)
    found = client.get_experiment_by_name(experiment)
    experiment_id = found.experiment_id if found else client.create_experiment(experiment)
    run = client.create_run(experiment_id, run_name=name)
    client.log_batch(run.info.run_id,
                     metrics=[Metric(k, float(v), 0, 0) for k, v in metrics.items()],
                     params=[Param(k, str(v)) for k, v in params.items()])
    client.set_terminated(run.info.run_id)
    return run.info.run_id


def read_runs(tracking_uri, experiment=EXPERIMENT):
    client = MlflowClient(tracking_uri)
    found = client.get_experiment_by_name(experiment)
    runs = client.search_runs([found.experiment_id]) if found else []
    if not runs:
        return pd.DataFrame(columns=["run_id", "name"])
    return pd.DataFrame([{"run_id": r.info.run_id, "name": r.info.run_name,
                          **{f"params.{k}": v for k, v in r.data.params.items()},
                          **{f"metrics.{k}": v for k, v in r.data.metrics.items()}} for r in runs])
