"""Kata 7.7: the fixed PR #2 chooses its model and threshold without looking at the test set.

Rules of the docstrings, and the test that enforces each:

1. The result names a candidate and a threshold from ``THRESHOLDS``, F1 scores in [0, 1]:
   ``test_result_is_a_choice_among_the_candidates`` (guard).
2. Selection uses training rows only; then the chosen candidate, refitted on all training rows,
   reads the test set once, and ``test_f1`` is its F1 there at the chosen threshold:
   ``test_the_choice_ignores_the_test_set_and_the_final_model_reads_it_once``; ``selection_f1``
   is the F1 at the chosen threshold, and "legendary" means a probability at least the
   threshold, in selection and on the test set (a candidate whose scores sit exactly on a
   threshold): ``test_the_threshold_is_tuned_and_reported_at_least_as_high``.
   Selection scores rows the model was not fitted on, so a memorising candidate gets no
   perfect ``selection_f1``; only the returned model reads the test rows, and nothing is
   fitted on them: ``test_selection_scores_unseen_rows_and_only_the_returned_model_reads_the_test_set``
   (guard).
3. Two runs on the same data agree: ``test_the_experiment_is_repeatable``; every random
   candidate has a fixed seed: ``test_every_random_candidate_has_a_fixed_seed``.
4. Inputs are not modified: ``test_inputs_are_not_modified`` (guard).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.metrics import f1_score

from kata_framework import data
from katas.module7_collaboration.pr2_training import FEATURES, TARGET, THRESHOLDS, candidate_models, run_experiment

WHERE = "run_experiment (katas/module7_collaboration/pr2_training.py)"


def split() -> tuple[pd.DataFrame, pd.DataFrame]:
    pokemon = data.pokemon()
    is_test = pokemon["pokemon_id"] % 4 == 0
    return pokemon[~is_test], pokemon[is_test]


def run_with_global_seed(seed: int, train: pd.DataFrame, test: pd.DataFrame):
    """``run_experiment`` with numpy's global random state fixed to ``seed`` (and restored after).

    An estimator without ``random_state`` draws from that global state, so fixing it makes every
    outcome of these tests the same on every run of the same code, and running twice with two
    different seeds is how the repeatability test catches a missing ``random_state``."""
    saved = np.random.get_state()
    np.random.seed(seed)
    try:
        return run_experiment(train, test)
    finally:
        np.random.set_state(saved)


def decision(result) -> tuple:
    return result.model_name, round(float(result.threshold), 6), round(float(result.selection_f1), 9)


def scrambled_tests(test: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Test sets that differ from the real one in labels or features, never in shape."""
    rng = np.random.default_rng(11)
    noise = test.copy()
    for column in FEATURES:
        noise[column] = rng.integers(1, 256, len(noise))
    return {
        "labels shuffled": test.assign(**{TARGET: rng.permutation(test[TARGET].to_numpy())}),
        "features replaced by noise": noise,
    }


@pytest.fixture(scope="module")
def real_run():
    train, test = split()
    untouched = train.copy(deep=True), test.copy(deep=True)
    return train, test, run_with_global_seed(1, train, test), untouched


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_result_is_a_choice_among_the_candidates(real_run):
    _, _, result, _ = real_run
    assert result.model_name in candidate_models(), (
        f"{WHERE} chose {result.model_name!r}, which is not one of {sorted(candidate_models())}")
    assert any(np.isclose(result.threshold, t) for t in THRESHOLDS), (
        f"{WHERE} chose threshold {result.threshold!r}; choose one from THRESHOLDS")
    assert 0.0 <= result.selection_f1 <= 1.0 and 0.0 <= result.test_f1 <= 1.0, (
        f"{WHERE}: F1 scores must lie in [0, 1], got {result.selection_f1}, {result.test_f1}")


def check_read_once(result, train: pd.DataFrame, test: pd.DataFrame, label: str) -> None:
    refitted = clone(candidate_models()[result.model_name]).fit(train[FEATURES], train[TARGET])
    probabilities = result.model.predict_proba(test[FEATURES])[:, 1]
    assert np.allclose(probabilities, refitted.predict_proba(test[FEATURES])[:, 1]), (
        f"{WHERE}: the returned model predicts differently from the chosen candidate "
        f"{result.model_name!r} refitted on all training rows ({label}): once the choice is made, "
        "fit a fresh copy of the winner on every training row, not a model from one fold")
    expected = f1_score(test[TARGET], probabilities >= result.threshold)
    assert np.isclose(result.test_f1, expected), (
        f"{WHERE}: test_f1 is {result.test_f1:.4f} but the returned model at the chosen threshold "
        f"{result.threshold} scores {expected:.4f} on the test set ({label}): report that one "
        "evaluation, at the chosen threshold, not the best of several or one at 0.5")


def test_the_choice_ignores_the_test_set_and_the_final_model_reads_it_once(real_run):
    train, test, result, _ = real_run
    chosen = decision(result)
    for label, other_test in scrambled_tests(test).items():
        other_result = run_with_global_seed(1, train, other_test)
        other = decision(other_result)
        assert other == chosen, (
            f"{WHERE} peeks at the test set: with the test {label}, the choice changed from "
            f"{chosen} to {other} (model, threshold, selection F1). Choose the model and the "
            "threshold with training rows only, e.g. cross-validation")
        check_read_once(other_result, train, other_test, f"test {label}")
    check_read_once(result, train, test, "real test set")


def test_the_experiment_is_repeatable(real_run):
    train, test, result, _ = real_run
    again = run_with_global_seed(2, train, test)
    assert decision(again) == decision(result) and np.isclose(again.test_f1, result.test_f1), (
        f"{WHERE} gave different results on the same data ({decision(result)} then "
        f"{decision(again)}): fix random_state wherever randomness enters")


class StepScores(ClassifierMixin, BaseEstimator):
    """A candidate that ranks perfectly but never reaches 0.5: probability 0.15 for hp above 100
    (the legendaries of ``step_split``), 0.1 for every other row."""

    def fit(self, X, y):
        self.classes_ = np.unique(y)
        return self

    def predict_proba(self, X):
        p = np.where(np.asarray(X["hp"]) > 100, 0.15, 0.1)
        return np.column_stack([1 - p, p])

    def predict(self, X):
        return self.classes_[(self.predict_proba(X)[:, 1] >= 0.5).astype(int)]


def test_the_threshold_is_tuned_and_reported_at_least_as_high(monkeypatch):
    train, test = split()
    train = train.assign(**{TARGET: train["hp"] > 100})
    test = test.assign(**{TARGET: test["hp"] > 100})
    monkeypatch.setitem(run_experiment.__globals__, "candidate_models", lambda: {"step": StepScores()})
    result = run_experiment(train, test)
    found = (result.model_name, round(float(result.threshold), 6), round(float(result.selection_f1), 6),
             round(float(result.test_f1), 6))
    assert found == ("step", 0.15, 1.0, 1.0), (
        f"{WHERE}: with one candidate whose probability is 0.15 for every legendary and 0.1 for "
        f"every other row, only the threshold 0.15 separates them (a row is legendary when its "
        f"probability is at least the threshold), so F1 is 1.0 in selection and on the test set; "
        f"got (model, threshold, selection_f1, test_f1) = {found}. Compare with >=, report as "
        "selection_f1 the F1 at the chosen threshold, and test_f1 at that threshold too")


#: What the tracing candidate saw of the test rows: (the instance itself, kept alive so that
#: no later instance can share its id, and "fit" or "predict").
TEST_ROW_READS: list[tuple[object, str]] = []


def holds_test_rows(X) -> bool:
    """The marked test rows (hp ending in .25) of the tracing test; training rows never have one."""
    return bool(np.any(np.asarray(X, dtype=float)[:, FEATURES.index("hp")] % 1 == 0.25))


class TracingMemoriser(ClassifierMixin, BaseEstimator):
    """A candidate that recalls the label of every row it was fitted on (probability 1.0 or
    0.0) and answers 0.5 for any other row, so it is perfect on its own training rows and no
    better than a coin on rows it has not seen; it also records every use of a test row."""

    def fit(self, X, y):
        if holds_test_rows(X):
            TEST_ROW_READS.append((self, "fit"))
        self.classes_ = np.unique(y)
        self.seen_ = dict(zip(map(tuple, np.asarray(X, dtype=float)), np.asarray(y, dtype=float)))
        return self

    def predict_proba(self, X):
        if holds_test_rows(X):
            TEST_ROW_READS.append((self, "predict"))
        p = np.array([self.seen_.get(row, 0.5) for row in map(tuple, np.asarray(X, dtype=float))])
        return np.column_stack([1 - p, p])

    def predict(self, X):
        return self.classes_[(self.predict_proba(X)[:, 1] >= 0.5).astype(int)]


# The starting code scores its one fitted candidate on the test rows, which it was not fitted
# on, and returns that candidate: it passes. No points, must stay green.
@pytest.mark.guard
def test_selection_scores_unseen_rows_and_only_the_returned_model_reads_the_test_set(monkeypatch):
    train, test = split()
    test = test.assign(hp=test["hp"] + 0.25)
    monkeypatch.setitem(run_experiment.__globals__, "candidate_models",
                        lambda: {"memoriser": TracingMemoriser()})
    TEST_ROW_READS.clear()
    result = run_experiment(train, test)
    assert result.selection_f1 < 0.9, (
        f"{WHERE}: a candidate that only memorises its training rows got selection_f1 = "
        f"{result.selection_f1:.3f}. Scored on the rows it was fitted on, it is perfect; on rows "
        "it has not seen it is a coin. Selection scores each candidate on training rows its "
        "model was not fitted on (cross-validation, or a validation split), and selection_f1 "
        "is that score at the chosen threshold, not the F1 of the refitted model on its own rows")
    readers = {id(reader) for reader, _ in TEST_ROW_READS}
    assert "fit" not in {kind for _, kind in TEST_ROW_READS} and readers == {id(result.model)}, (
        f"{WHERE}: the test rows were used {len(TEST_ROW_READS)} time(s) by {len(readers)} "
        f"model(s) ({sorted({kind for _, kind in TEST_ROW_READS})}); the test set is used "
        "exactly once, by the returned model alone: no report of every candidate's test "
        "score, no fit on test rows")
    TEST_ROW_READS.clear()


def test_every_random_candidate_has_a_fixed_seed():
    unseeded = [name for name, model in candidate_models().items()
                if "random_state" in model.get_params() and model.get_params()["random_state"] is None]
    assert not unseeded, (
        f"candidate_models (katas/module7_collaboration/pr2_training.py): {unseeded} have no "
        "random_state, so two runs can choose differently: give each a fixed seed")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_inputs_are_not_modified(real_run):
    train, test, _, before = real_run
    pd.testing.assert_frame_equal(train, before[0], obj=f"train after {WHERE}")
    pd.testing.assert_frame_equal(test, before[1], obj=f"test after {WHERE}")
