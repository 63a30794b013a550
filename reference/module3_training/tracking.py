"""Kata 3.6: experiment tracking with MLflow: every run recorded, reproducible and searchable."""

from __future__ import annotations

import hashlib
import subprocess

import numpy as np
import pandas as pd

# mlflow and scikit-learn are imported inside run_tracked_experiment: they take seconds to
# import, and data_fingerprint must stay quick to import on its own.


def run_tracked_experiment(tracking_uri: str, experiment_name: str, params: dict[str, int | float | None],
                           X: pd.DataFrame, y: np.ndarray, *, seed: int, n_splits: int = 5) -> str:
    """Cross-validate a random forest and record the run in MLflow; return the run id.

    The experiment: ``RandomForestClassifier(**params, random_state=seed, n_jobs=1)`` scored by
    F1 over ``StratifiedKFold(n_splits, shuffle=True, random_state=seed)`` (``cross_val_score``).

    The run, in experiment ``experiment_name`` (created if missing) of the tracking store at
    ``tracking_uri``, records:

    * parameters: every entry of ``params`` and ``seed`` (MLflow stores them as strings);
    * metrics: ``cv_f1_mean`` and ``cv_f1_std`` (NumPy's ``std``) of the fold scores;
    * an artifact ``fold_scores.json``: ``{"fold_scores": [...]}``, one float per fold;
    * tags: ``data_fingerprint`` (``data_fingerprint(X, y)``) and ``git_commit``
      (``current_git_commit()``), so the run says which data and which code it measured.

    The same params and seed must give the same metrics, run after run.

    Args:
        tracking_uri: where runs are stored, e.g. ``"file:///tmp/mlruns"`` (a local folder;
            with mlflow-skinny that needs ``MLFLOW_ALLOW_FILE_STORE=true``, which the tests set)
            or a tracking server's address.
        experiment_name: the experiment to log into.
        params: hyperparameters of the forest, e.g. ``{"n_estimators": 20, "max_depth": 3}``.
        X: the features.
        y: the 0/1 labels.
        seed: the one seed for the model and the folds.
        n_splits: number of folds.

    Returns:
        The MLflow run id.

    Example:
        >>> run_id = run_tracked_experiment("file:///tmp/mlruns", "legendary", {"max_depth": 3}, X, y, seed=0)
        >>> mlflow.MlflowClient("file:///tmp/mlruns").get_run(run_id).data.params["seed"]
        '0'

    Why it matters: "which settings gave us 0.61 last Tuesday?" has an answer only if every run
    was recorded with its parameters, its seed and its evidence, the moment it ran.
    """
    import mlflow
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_experiment(experiment_name)
    model = RandomForestClassifier(**params, random_state=seed, n_jobs=1)
    folds = StratifiedKFold(n_splits, shuffle=True, random_state=seed)
    scores = cross_val_score(model, X, y, cv=folds, scoring="f1")
    with mlflow.start_run() as run:
        mlflow.log_params({**params, "seed": seed})
        mlflow.log_metrics({"cv_f1_mean": float(np.mean(scores)), "cv_f1_std": float(np.std(scores))})
        mlflow.log_dict({"fold_scores": [float(s) for s in scores]}, "fold_scores.json")
        mlflow.set_tags({"data_fingerprint": data_fingerprint(X, y), "git_commit": current_git_commit()})
    return run.info.run_id


def best_run(tracking_uri: str, experiment_name: str, metric: str = "cv_f1_mean") -> dict:
    """Find the run of an experiment with the highest value of ``metric``.

    Query the tracking store (``mlflow.search_runs`` or ``MlflowClient.search_runs``), do not
    keep your own list: the store is the record, and other people's runs are in it too.

    Args:
        tracking_uri: the tracking store, as for ``run_tracked_experiment``.
        experiment_name: the experiment to search.
        metric: the metric to maximise.

    Returns:
        ``{"run_id": str, "params": dict[str, str], "metric": float}`` for the best run.

    Raises:
        ValueError: if the experiment does not exist or has no run with that metric.

    Example:
        >>> best_run("file:///tmp/mlruns", "legendary")["params"]["max_depth"]
        '6'

    Why it matters: reading the log to decide what to try next starts with "what is our best
    so far, and with which settings?".
    """
    import mlflow

    client = mlflow.MlflowClient(tracking_uri)
    experiment = client.get_experiment_by_name(experiment_name)
    if experiment is None:
        raise ValueError(f"no experiment named {experiment_name!r} at {tracking_uri}")
    runs = client.search_runs([experiment.experiment_id], filter_string=f"metrics.{metric} > -1e308",
                              order_by=[f"metrics.{metric} DESC"], max_results=1)
    if not runs:
        raise ValueError(f"experiment {experiment_name!r} has no run with metric {metric!r}")
    best = runs[0]
    return {"run_id": best.info.run_id, "params": dict(best.data.params),
            "metric": float(best.data.metrics[metric])}


def data_fingerprint(X: pd.DataFrame, y: np.ndarray | pd.Series) -> str:
    """A fingerprint of the data a run was trained on: a hex SHA-256 digest (``hashlib``).

    It covers the column names of ``X``, every value of ``X`` and of ``y``, in row order. The
    same data gives the same fingerprint in every process and on every machine (so never
    Python's built-in ``hash()``, which is salted per process); a changed value, label, column
    name or row order gives another. The index is not part of the data: a frame with another
    index but the same rows has the same fingerprint.

    Args:
        X: the features.
        y: the labels, aligned with ``X`` by position.

    Returns:
        A string of 64 hexadecimal characters.

    Example:
        >>> len(data_fingerprint(X, y))
        64

    Why it matters: "same code, same seed, other score" is explained in seconds when each run
    records which data it saw.
    """
    digest = hashlib.sha256()
    digest.update("\x1f".join(map(str, X.columns)).encode("utf-8"))
    digest.update(pd.util.hash_pandas_object(X, index=False).to_numpy().tobytes())  # row hashes, in order
    digest.update(pd.util.hash_array(np.asarray(y)).tobytes())
    return digest.hexdigest()


def current_git_commit() -> str:
    """The commit the working directory is at (``git rev-parse HEAD``), or ``"unknown"``.

    ``"unknown"`` when git is not installed or the directory is not in a repository; a run is
    still worth recording then, with the gap made visible.

    Returns:
        The 40-character commit hash, or ``"unknown"``.

    Why it matters: a metric is reproducible only with the code that produced it.
    """
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else "unknown"
