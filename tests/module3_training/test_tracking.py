"""Kata 3.6: experiment tracking with MLflow in a local store: params, metrics, artifacts, best run."""

from __future__ import annotations

import json
import os

import mlflow  # imported here, at collection, so its multi-second import is not charged to a test's timeout
import numpy as np
import pytest
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

from katas.module3_training.tracking import best_run, run_tracked_experiment

FILE = "katas/module3_training/tracking.py"
PARAMS = {"shallow": {"n_estimators": 15, "max_depth": 1},
          "medium": {"n_estimators": 15, "max_depth": 4},
          "deep": {"n_estimators": 15, "max_depth": None}}


@pytest.fixture(scope="module")
def store(tmp_path_factory, shared_legendary_task):
    """A local MLflow store with four runs: three settings, and the medium one repeated."""
    previous = os.environ.get("MLFLOW_ALLOW_FILE_STORE")
    os.environ["MLFLOW_ALLOW_FILE_STORE"] = "true"  # mlflow-skinny refuses file stores without it
    uri = (tmp_path_factory.mktemp("mlruns")).as_uri()
    X, y = shared_legendary_task
    runs = {name: run_tracked_experiment(uri, "legendary", params, X.copy(), y.copy(), seed=7, n_splits=4)
            for name, params in PARAMS.items()}
    runs["medium_again"] = run_tracked_experiment(uri, "legendary", PARAMS["medium"], X.copy(), y.copy(),
                                                  seed=7, n_splits=4)
    yield uri, runs, mlflow.MlflowClient(uri)
    if previous is None:
        os.environ.pop("MLFLOW_ALLOW_FILE_STORE", None)
    else:
        os.environ["MLFLOW_ALLOW_FILE_STORE"] = previous


def test_each_run_records_params_metrics_and_fold_scores(store, shared_legendary_task):
    uri, runs, client = store
    X, y = shared_legendary_task
    run = client.get_run(runs["medium"])
    assert run.data.params == {"n_estimators": "15", "max_depth": "4", "seed": "7"}, (
        f"run_tracked_experiment ({FILE}) logged params {run.data.params}; log every hyperparameter "
        "and the seed")
    expected = cross_val_score(RandomForestClassifier(n_estimators=15, max_depth=4, random_state=7, n_jobs=1),
                               X, y, cv=StratifiedKFold(4, shuffle=True, random_state=7), scoring="f1")
    metrics = run.data.metrics
    assert set(metrics) >= {"cv_f1_mean", "cv_f1_std"}, (
        f"run_tracked_experiment ({FILE}) logged metrics {sorted(metrics)}; log cv_f1_mean and cv_f1_std")
    assert metrics["cv_f1_mean"] == pytest.approx(expected.mean(), abs=1e-9) and metrics["cv_f1_std"] == \
        pytest.approx(expected.std(), abs=1e-9), (
        f"run_tracked_experiment ({FILE}) logged F1 {metrics['cv_f1_mean']:.4f} ± {metrics['cv_f1_std']:.4f}; "
        f"the experiment as specified gives {expected.mean():.4f} ± {expected.std():.4f}")
    local = client.download_artifacts(runs["medium"], "fold_scores.json")
    with open(local, encoding="utf-8") as handle:
        logged = json.load(handle)
    assert np.allclose(logged["fold_scores"], expected, atol=1e-9), (
        f"run_tracked_experiment ({FILE}): the fold_scores.json artifact must hold the {len(expected)} "
        "fold scores, {'fold_scores': [...]}")


def test_the_same_seed_reproduces_the_same_metrics(store):
    _, runs, client = store
    first, again = client.get_run(runs["medium"]), client.get_run(runs["medium_again"])
    assert first.info.run_id != again.info.run_id, f"run_tracked_experiment ({FILE}) must start a new run each call"
    assert first.data.metrics == again.data.metrics, (
        f"run_tracked_experiment ({FILE}): two runs with the same params and seed logged different metrics "
        f"({first.data.metrics} vs {again.data.metrics}); pass the seed to the model and the folds")


def test_best_run_is_found_in_the_store(store):
    uri, runs, client = store
    scores = {name: client.get_run(run_id).data.metrics["cv_f1_mean"] for name, run_id in runs.items()}
    found = best_run(uri, "legendary")
    assert found["metric"] == pytest.approx(max(scores.values())), (
        f"best_run ({FILE}) returned metric {found['metric']:.4f}; the best logged cv_f1_mean is "
        f"{max(scores.values()):.4f} (runs: {scores}). Order by the metric, highest first")
    assert scores[next(n for n, r in runs.items() if r == found["run_id"])] == pytest.approx(found["metric"]), (
        f"best_run ({FILE}): run_id and metric must belong to the same run")
    assert found["params"] == client.get_run(found["run_id"]).data.params


def test_best_run_can_use_another_metric(store):
    uri, runs, client = store
    spreads = {run_id: client.get_run(run_id).data.metrics["cv_f1_std"] for run_id in runs.values()}
    found = best_run(uri, "legendary", metric="cv_f1_std")
    assert found["metric"] == pytest.approx(max(spreads.values())), (
        f"best_run ({FILE}) ignored metric='cv_f1_std'")


def test_best_run_of_a_missing_experiment_is_an_error(store):
    uri, _, _ = store
    with pytest.raises(ValueError):
        best_run(uri, "no such experiment")
