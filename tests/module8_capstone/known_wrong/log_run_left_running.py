# Known-wrong for kata 8.4: opens the run with MLflow's client and logs into it, but never ends it:
# the run stays RUNNING although log_run returns "the new, finished run".
from mlflow import MlflowClient


def log_run(tracking_uri, name, params, metrics, experiment=EXPERIMENT):
    client = MlflowClient(tracking_uri)
    found = client.get_experiment_by_name(experiment)
    experiment_id = found.experiment_id if found else client.create_experiment(experiment)
    run_id = client.create_run(experiment_id, run_name=name).info.run_id
    for key, value in params.items():
        client.log_param(run_id, key, value)
    for key, value in metrics.items():
        client.log_metric(run_id, key, float(value))
    return run_id
