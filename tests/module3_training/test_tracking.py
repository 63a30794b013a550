"""Kata 3.6: experiment tracking with MLflow in a local store: params, metrics, artifacts, tags, best run.

Rules (each enforced by the test named):
1. A run records every param and the seed, cv_f1_mean and cv_f1_std (ddof=0) of the specified
   experiment, the fold_scores.json artifact: test_each_run_records_params_metrics_and_fold_scores.
2. It tags the data fingerprint and the git commit: test_each_run_is_tagged_with_its_data_and_code.
3. The same params and seed give the same metrics, in a new run: test_the_same_seed_reproduces_the_same_metrics.
4. data_fingerprint: 64 hex characters; changes with any value, label, column name or row order;
   ignores the index; the same in another process: test_the_fingerprint_changes_with_the_data,
   test_the_fingerprint_ignores_the_index, test_the_fingerprint_is_the_same_in_another_process;
   every value of a long table too (printing abbreviates): test_the_fingerprint_sees_every_row_of_a_long_table;
   every digit of a float (printing rounds): test_the_fingerprint_sees_every_digit_of_a_value; the
   order of two rows with the same label (a sum or XOR of row hashes ignores it):
   test_the_fingerprint_changes_with_the_data.
5. current_git_commit: git rev-parse HEAD, "unknown" outside a repository or without git:
   test_the_git_commit_is_the_working_directorys, test_outside_a_repository_the_commit_is_unknown,
   test_without_git_installed_the_commit_is_unknown.
6. best_run: the highest value of the metric, from the store, any metric; ValueError for a missing
   experiment or a metric no run has: test_best_run_is_found_in_the_store,
   test_best_run_can_use_another_metric, test_best_run_of_a_missing_experiment_is_an_error,
   test_best_run_of_a_metric_no_run_has_is_an_error; params are the best run's own, not every
   param name of the experiment: test_best_run_params_are_that_runs_own.
7. n_splits defaults to 5; params valued None are recorded too: test_the_default_is_five_folds,
   test_each_run_records_params_metrics_and_fold_scores.
"""

from __future__ import annotations

import json
import os
import re
import subprocess

import mlflow  # imported here, at collection, so its multi-second import is not charged to a test's timeout
import numpy as np
import pandas as pd
import pytest
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

from kata_framework.expect import must_raise
from katas.module3_training.tracking import best_run, current_git_commit, data_fingerprint, run_tracked_experiment

FILE = "katas/module3_training/tracking.py"
PARAMS = {"shallow": {"n_estimators": 8, "max_depth": 1},
          "medium": {"n_estimators": 8, "max_depth": 4, "max_features": None}}


@pytest.fixture(scope="module")
def store(tmp_path_factory, shared_legendary_task):
    """A local MLflow store with three runs: two settings, and the medium one repeated.

    The shallow run uses the default number of folds; the medium one has a parameter set to None."""
    previous = os.environ.get("MLFLOW_ALLOW_FILE_STORE")
    os.environ["MLFLOW_ALLOW_FILE_STORE"] = "true"  # mlflow-skinny refuses file stores without it
    uri = (tmp_path_factory.mktemp("mlruns")).as_uri()
    X, y = shared_legendary_task
    runs = {"shallow": run_tracked_experiment(uri, "legendary", PARAMS["shallow"], X.copy(), y.copy(), seed=7),
            "medium": run_tracked_experiment(uri, "legendary", PARAMS["medium"], X.copy(), y.copy(), seed=7,
                                             n_splits=4)}
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
    assert run.data.params == {"n_estimators": "8", "max_depth": "4", "max_features": "None", "seed": "7"}, (
        f"run_tracked_experiment ({FILE}) logged params {run.data.params}; log every hyperparameter, "
        "None values included (max_features=None is a choice too), and the seed")
    expected = cross_val_score(RandomForestClassifier(n_estimators=8, max_depth=4, max_features=None,
                                                      random_state=7, n_jobs=1),
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


def test_the_default_is_five_folds(store):
    _, runs, client = store
    local = client.download_artifacts(runs["shallow"], "fold_scores.json")
    with open(local, encoding="utf-8") as handle:
        logged = json.load(handle)
    assert len(logged["fold_scores"]) == 5, (
        f"run_tracked_experiment ({FILE}) logged {len(logged['fold_scores'])} fold scores for a run without "
        "n_splits: the default is n_splits=5")


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
    with must_raise(ValueError, f"best_run ({FILE}) must raise ValueError for an experiment that does not exist"):
        best_run(uri, "no such experiment")


def test_best_run_of_a_metric_no_run_has_is_an_error(store):
    uri, _, _ = store
    with must_raise(ValueError, f"best_run ({FILE}) must raise ValueError when no run of the experiment has the metric"):
        best_run(uri, "legendary", metric="no_such_metric")


def test_best_run_params_are_that_runs_own(store):
    uri, _, client = store
    experiment = client.create_experiment("mixed params")
    for params, value in (({"max_depth": "3"}, 0.9), ({"max_depth": "5", "max_features": "None"}, 0.5)):
        run = client.create_run(experiment)
        for key, param in params.items():
            client.log_param(run.info.run_id, key, param)
        client.log_metric(run.info.run_id, "cv_f1_mean", value)
        client.set_terminated(run.info.run_id)
    found = best_run(uri, "mixed params")
    assert found["params"] == {"max_depth": "3"}, (
        f"best_run ({FILE}) returned params {found['params']!r} for a best run logged with max_depth=3 only; "
        "another run of the experiment also has max_features. Return the best run's own params "
        "(run.data.params), not every params.* column of search_runs' table (NaN where a run lacks one)")


def test_each_run_is_tagged_with_its_data_and_code(store, shared_legendary_task):
    _, runs, client = store
    X, y = shared_legendary_task
    tags = client.get_run(runs["shallow"]).data.tags
    assert tags.get("data_fingerprint") == data_fingerprint(X, y), (
        f"run_tracked_experiment ({FILE}) tagged data_fingerprint={tags.get('data_fingerprint')!r}; tag the run "
        "with data_fingerprint(X, y), so it records which data it measured")
    assert tags.get("git_commit") == current_git_commit(), (
        f"run_tracked_experiment ({FILE}) tagged git_commit={tags.get('git_commit')!r}; tag it with "
        "current_git_commit(), so it records which code it measured")


def _small_data():
    X = pd.DataFrame({"hp": [45, 60, 80, 39], "attack": [49, 62, 82, 52]}, index=[10, 11, 12, 13])
    return X, np.array([0, 0, 1, 0])


def test_the_fingerprint_changes_with_the_data():
    X, y = _small_data()
    base = data_fingerprint(X, y)
    assert isinstance(base, str) and re.fullmatch(r"[0-9a-f]{64}", base), (
        f"data_fingerprint ({FILE}) returned {base!r}: return a hex SHA-256 digest (64 characters)")
    assert data_fingerprint(X.copy(), y.copy()) == base, (
        f"data_fingerprint ({FILE}) changed for a copy of the same data")
    changed_value = X.copy()
    changed_value.loc[12, "attack"] = 83
    variants = {
        "one feature value": (changed_value, y),
        "one label": (X, np.array([0, 1, 1, 0])),
        "a column name": (X.rename(columns={"hp": "HP"}), y),
        "the row order": (X.iloc[::-1], y[::-1]),
        "the order of two rows with the same label": (X.iloc[[1, 0, 2, 3]], y[[1, 0, 2, 3]]),
    }
    same = [what for what, (X2, y2) in variants.items() if data_fingerprint(X2, y2) == base]
    assert not same, (
        f"data_fingerprint ({FILE}) did not change when {', '.join(same)} changed: hash the column names, "
        "every value of X and every label, in row order")


def test_the_fingerprint_sees_every_digit_of_a_value():
    X, y = _small_data()
    X = X.astype(float)
    X.loc[11, "attack"] = 62.125
    nudged = X.copy()
    nudged.loc[11, "attack"] = 62.1250001
    assert data_fingerprint(nudged, y) != data_fingerprint(X, y), (
        f"data_fingerprint ({FILE}) did not change when a value changed from 62.125 to 62.1250001: printing a "
        "frame rounds floats to six decimals; hash the values themselves (pd.util.hash_pandas_object, or "
        "the values' bytes), not their printout")


def test_the_fingerprint_sees_every_row_of_a_long_table():
    rows = 3000
    X = pd.DataFrame({"hp": np.arange(rows), "attack": np.arange(rows) % 97})
    y = np.arange(rows) % 2
    base = data_fingerprint(X, y)
    middle_label = y.copy()
    middle_label[rows // 2] = 1 - middle_label[rows // 2]
    middle_value = X.copy()
    middle_value.loc[rows // 2, "attack"] = 1000
    same = [what for what, (X2, y2) in {"a label in the middle": (X, middle_label),
                                        "a value in the middle": (middle_value, y)}.items()
            if data_fingerprint(X2, y2) == base]
    assert not same, (
        f"data_fingerprint ({FILE}) did not change when {' and '.join(same)} of a {rows}-row table changed: "
        "str() or repr() of a long array or frame abbreviates it with '...'; hash every value "
        "(pd.util.hash_pandas_object, pd.util.hash_array, or the values' bytes)")


def test_the_fingerprint_ignores_the_index():
    X, y = _small_data()
    assert data_fingerprint(X.reset_index(drop=True), y) == data_fingerprint(X, y), (
        f"data_fingerprint ({FILE}) changed when only the index changed: the index is not part of the data "
        "(hash the values, e.g. pd.util.hash_pandas_object(X, index=False))")


FRESH_PROCESS_CODE = """
import numpy as np, pandas as pd
from katas.module3_training.tracking import data_fingerprint
X = pd.DataFrame({"hp": [45, 60, 80, 39], "attack": [49, 62, 82, 52],
                  "name": ["Bulbasaur", "Ivysaur", "Venusaur", "Charmander"]}, index=[10, 11, 12, 13])
print(data_fingerprint(X, np.array([0, 0, 1, 0])))
"""


def test_the_fingerprint_is_the_same_in_another_process(run_in_fresh_process):
    # A text column: hash() of numbers is the same in every process, hash() of strings is not.
    X = pd.DataFrame({"hp": [45, 60, 80, 39], "attack": [49, 62, 82, 52],
                      "name": ["Bulbasaur", "Ivysaur", "Venusaur", "Charmander"]}, index=[10, 11, 12, 13])
    y = np.array([0, 0, 1, 0])
    here = data_fingerprint(X, y)
    there = run_in_fresh_process(FRESH_PROCESS_CODE).strip()
    assert there == here, (
        f"data_fingerprint ({FILE}) gave another fingerprint in another Python process (one with another "
        "PYTHONHASHSEED): built-in hash() is salted per process. Use hashlib.sha256")


def test_the_git_commit_is_the_working_directorys():
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10)
    except OSError:
        pytest.skip("git is not installed here")
    expected = done.stdout.strip() if done.returncode == 0 else "unknown"
    assert current_git_commit() == expected, (
        f"current_git_commit ({FILE}) returned {current_git_commit()!r}; `git rev-parse HEAD` here gives "
        f"{expected!r}")


def test_outside_a_repository_the_commit_is_unknown(tmp_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.chdir(tmp_path)
        patch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
        commit = current_git_commit()
    assert commit == "unknown", (
        f"current_git_commit ({FILE}) returned {commit!r} in a folder that is not a git repository: return "
        "'unknown' when git fails (a run is still worth recording)")


def test_without_git_installed_the_commit_is_unknown(tmp_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setenv("PATH", str(tmp_path))  # an empty folder: no git program to be found
        try:
            commit = current_git_commit()
        except OSError as error:
            pytest.fail(f"current_git_commit ({FILE}) raised {error!r} where git is not installed: catch "
                        "OSError (FileNotFoundError) too and return 'unknown'", pytrace=False)
    assert commit == "unknown", (
        f"current_git_commit ({FILE}) returned {commit!r} where git is not installed: return 'unknown'")
