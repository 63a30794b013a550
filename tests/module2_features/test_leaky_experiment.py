"""Kata 2.4: every leak of the planted experiment is proven gone by behaviour, not by reading code.

The detectors change only the test rows (their values, their labels) and check that nothing the
model was fit on moved; they spy on the model to see exactly which rows reach ``fit``; and they
check that no species lands on both sides of the split.

Rules (each enforced by the test named):
split_rows
1. No species on both sides, duplicates and oversampled copies included:
   test_no_species_lands_on_both_sides_of_the_split, test_duplicate_rows_never_straddle_the_split.
1b. Two rows of one species that differ in a value (a re-recorded row) stay on one side, and
   both are kept: test_re_recorded_rows_of_a_species_stay_on_one_side.
2. Every species of the input on one side; about test_size of them in the test set (0.25 and 0.4;
   the defaults test_size=0.25, seed=0), also when a class is too small to stratify:
   test_no_species_lands_on_both_sides_of_the_split, test_the_test_share_follows_test_size,
   test_the_defaults_are_a_quarter_of_the_species_and_seed_zero,
   test_a_rare_class_too_small_to_stratify_still_splits.
3. No resampled copies in the test set; the input is not modified, also when it holds exact
   duplicates: test_no_species_lands_on_both_sides_of_the_split,
   test_duplicate_rows_never_straddle_the_split.
4. The same seed gives the same split: test_the_split_is_reproducible (guard).
fit_and_score
5. The scaler learns from the training rows only: test_scaler_is_fit_on_training_rows_only; the
   test rows are only transformed with it (never by a scaler fit on them):
   test_test_rows_are_transformed_with_training_statistics.
6. The selection learns from the training rows only: test_feature_selection_uses_training_rows_only.
7. No column computed from the target, over all rows or over the training rows only:
   test_test_labels_never_reach_training, test_no_feature_is_computed_from_the_training_labels.
8. No proxy, no identifier; K_BEST = 5 features kept: test_target_proxy_and_identifiers_are_not_features.
9. The caller's model itself is fit exactly once, on the training rows:
   test_the_callers_model_itself_is_fitted (guard), test_model_is_fit_on_the_training_rows (guard).
10. The score is the balanced accuracy of the test predictions:
    test_score_is_the_balanced_accuracy_of_the_test_predictions.
11. train and test are not modified: test_train_and_test_are_not_modified (guard).
"""

from __future__ import annotations

import uuid
from typing import ClassVar

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import NotFittedError
from sklearn.metrics import balanced_accuracy_score
from sklearn.tree import DecisionTreeClassifier
from sklearn.utils.validation import check_is_fitted

from kata_framework.strategies import pokemon_frames
from katas.module2_features.leaky_experiment import ExperimentResult, fit_and_score, split_rows

SPLIT = "split_rows (katas/module2_features/leaky_experiment.py)"
FIT = "fit_and_score (katas/module2_features/leaky_experiment.py)"
TARGET = "is_legendary"
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
PROXY_AND_IDS = ["capture_rate", "pokemon_id", "name"]


class SpyClassifier(ClassifierMixin, BaseEstimator):
    """A small decision tree that records every call of fit and predict.

    Records live in a class-level dict under ``key``, so they survive ``sklearn.base.clone``.
    """

    records: ClassVar[dict[str, list[tuple]]] = {}

    def __init__(self, key: str = "spy"):
        self.key = key

    def fit(self, X, y):
        X, y = np.asarray(X, dtype="float64"), np.asarray(y)
        SpyClassifier.records.setdefault(self.key, []).append(("fit", X.copy(), y.copy()))
        self.tree_ = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X, y)
        self.classes_ = self.tree_.classes_
        return self

    def predict(self, X):
        X = np.asarray(X, dtype="float64")
        predictions = self.tree_.predict(X)
        SpyClassifier.records.setdefault(self.key, []).append(("predict", len(predictions), predictions, X.copy()))
        return predictions


def _spy() -> SpyClassifier:
    return SpyClassifier(key=uuid.uuid4().hex)


def _fits(spy: SpyClassifier) -> list[tuple]:
    return [record for record in SpyClassifier.records.get(spy.key, []) if record[0] == "fit"]


def _fit_inputs(train: pd.DataFrame, test: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, ExperimentResult]:
    """Run the experiment with a spy; return what the model was fit on, and the result."""
    spy = _spy()
    result = fit_and_score(train.copy(), test.copy(), spy)
    fits = _fits(spy)
    assert len(fits) == 1, (
        f"{FIT} called fit {len(fits)} times on the model it was given; fit it exactly once, on "
        "the training rows (do not clone it)")
    _, X, y = fits[0]
    return X, y, result


@pytest.fixture(scope="module")
def fixed_split():
    """A split made by the tests (not by the learner's split_rows): 600 training and 200 test rows."""
    from kata_framework import data

    frame = data.pokemon()
    rng = np.random.default_rng(2)
    test_ids = set()
    for _, group in frame.groupby(TARGET):  # stratified by hand: 25% of each class
        test_ids |= set(rng.choice(group["pokemon_id"].to_numpy(), size=len(group) // 4, replace=False))
    in_test = frame["pokemon_id"].isin(test_ids)
    return frame[~in_test].reset_index(drop=True), frame[in_test].reset_index(drop=True)


@pytest.fixture(scope="module")
def baseline_run(fixed_split):
    train, test = fixed_split
    return _fit_inputs(train, test)


def _assert_fit_unchanged(baseline, changed, what: str, fix: str) -> None:
    X0, y0, result0 = baseline
    X1, y1, result1 = changed
    same = X0.shape == X1.shape and np.array_equal(X0, X1) and np.array_equal(y0, y1)
    assert same and result0.selected_features == result1.selected_features, (
        f"{FIT}: {what} changed what the model was fit on "
        f"(selected {result0.selected_features} -> {result1.selected_features}). "
        f"Information from the test rows reaches training: {fix}")


def test_scaler_is_fit_on_training_rows_only(fixed_split, baseline_run):
    train, test = fixed_split
    inflated = test.copy()
    inflated[STATS] = inflated[STATS] * 3 + 40  # only the test rows' values change
    _assert_fit_unchanged(baseline_run, _fit_inputs(train, inflated),
                          "changing only the test rows' stats",
                          "fit the scaler on the training rows, then only transform the test rows")


def _test_rows_as_predicted(train: pd.DataFrame, test: pd.DataFrame) -> np.ndarray:
    """The test rows as the model was asked to predict them (after scaling and selection)."""
    spy = _spy()
    fit_and_score(train.copy(), test.copy(), spy)
    asked = [r[3] for r in SpyClassifier.records[spy.key] if r[0] == "predict" and r[1] == len(test)]
    assert asked, f"{FIT} never asked the model to predict the {len(test)} test rows"
    return asked[-1]


def test_test_rows_are_transformed_with_training_statistics(fixed_split):
    train, test = fixed_split
    before = _test_rows_as_predicted(train, test)
    half = len(test) // 2
    changed = test.copy()
    changed.loc[changed.index[half:], STATS] = changed.loc[changed.index[half:], STATS] * 3 + 40
    after = _test_rows_as_predicted(train, changed)
    assert np.allclose(before[:half], after[:half], rtol=1e-12, atol=1e-12), (
        f"{FIT}: changing the stats of the second half of the test rows changed how the first half "
        "reached model.predict. Each test row must be transformed with what the steps learned from "
        "the training rows (scaler.transform, never a scaler fit on the test rows)")


def test_test_labels_never_reach_training(fixed_split, baseline_run):
    train, test = fixed_split
    flipped = test.assign(**{TARGET: ~test[TARGET]})  # only the test rows' labels change
    _assert_fit_unchanged(baseline_run, _fit_inputs(train, flipped),
                          "flipping only the test rows' labels",
                          "no column may be computed from the target over all rows (such as a "
                          "legendary rate per type), and the selection must see training labels only")


def test_no_feature_is_computed_from_the_training_labels(fixed_split, baseline_run):
    train, test = fixed_split
    # Types that nearly name the label, in the training and the test rows: no candidate feature
    # reads the types, so an honest experiment fits on exactly the same inputs. A legendary rate
    # per type learned from the training labels becomes the strongest column, and the selection
    # keeps it. (Every legendary and one in ten other species are "Dragon": a column that
    # separates the classes perfectly would defeat the F test's arithmetic.)
    def planted(rows: pd.DataFrame) -> pd.DataFrame:
        dragon = rows[TARGET].to_numpy() | (np.arange(len(rows)) % 10 == 0)
        return rows.assign(type1=np.where(dragon, "Dragon", "Normal"),
                           type2=np.where(dragon, "Psychic", None))

    X0, y0, result0 = baseline_run
    X1, y1, result1 = _fit_inputs(planted(train), planted(test))
    same = X0.shape == X1.shape and np.array_equal(X0, X1) and np.array_equal(y0, y1)
    assert same and result0.selected_features == result1.selected_features, (
        f"{FIT}: types that match the label changed what the model was fit on (selected "
        f"{result0.selected_features} -> {result1.selected_features}). The features are the "
        "candidates in FEATURES only: a legendary rate per type is computed from the target even "
        "when it is learned on the training rows alone, and hands the model the answer")


def test_feature_selection_uses_training_rows_only(fixed_split, baseline_run):
    train, test = fixed_split
    planted = test.copy()
    # In the test rows only, make generation and height a perfect signal for the label: a
    # selection that looks at test rows now prefers them.
    planted["generation"] = np.where(planted[TARGET], 8, 1)
    planted["height_m"] = np.where(planted[TARGET], 20.0, 0.1)
    _assert_fit_unchanged(baseline_run, _fit_inputs(train, planted),
                          "planting a perfect signal in the test rows only",
                          "fit the feature selection on the training rows, then only apply it")


def test_target_proxy_and_identifiers_are_not_features(fixed_split, baseline_run):
    train, test = fixed_split
    rng = np.random.default_rng(5)
    shuffled_train, shuffled_test = train.copy(), test.copy()
    for column in PROXY_AND_IDS:
        shuffled_train[column] = rng.permutation(shuffled_train[column].to_numpy())
        shuffled_test[column] = rng.permutation(shuffled_test[column].to_numpy())
    selected = baseline_run[2].selected_features
    assert len(selected) == 5 and len(set(selected)) == 5, (
        f"{FIT} selected {selected}: the selection keeps the K_BEST = 5 best candidates")
    forbidden = [name for name in selected if name not in train.columns or name in PROXY_AND_IDS + [TARGET]]
    assert not forbidden, (
        f"{FIT} selected {forbidden}: capture_rate is set because a species is legendary (a proxy "
        "of the target), identifiers carry no signal, and derived target columns are the answer "
        "itself. Select from honest candidate features only")
    _assert_fit_unchanged(baseline_run, _fit_inputs(shuffled_train, shuffled_test),
                          "shuffling capture_rate and the identifiers",
                          "leave capture_rate, pokemon_id and name out of the features")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_model_is_fit_on_the_training_rows(fixed_split, baseline_run):
    train, _ = fixed_split
    X, y, _ = baseline_run
    assert X.shape[0] == len(train), (
        f"{FIT} fit the model on {X.shape[0]} rows; the training set has {len(train)}")
    assert sorted(y.tolist()) == sorted(train[TARGET].tolist()), (
        f"{FIT} fit the model on labels that are not the training labels")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_the_callers_model_itself_is_fitted(fixed_split):
    train, test = fixed_split
    model = _spy()
    fit_and_score(train.copy(), test.copy(), model)
    try:
        check_is_fitted(model)
    except NotFittedError:
        pytest.fail(f"{FIT} left the model it was given unfitted: the spec says fit `model` itself, not "
                    "a clone of it (the caller inspects the fitted model afterwards)", pytrace=False)


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_train_and_test_are_not_modified(fixed_split):
    train, test = fixed_split
    train_copy, test_copy = train.copy(deep=True), test.copy(deep=True)
    fit_and_score(train_copy, test_copy, _spy())
    pd.testing.assert_frame_equal(train_copy, train, obj=f"the training rows after {FIT}")
    pd.testing.assert_frame_equal(test_copy, test, obj=f"the test rows after {FIT}")


def test_score_is_the_balanced_accuracy_of_the_test_predictions(fixed_split):
    train, test = fixed_split
    spy = _spy()
    result = fit_and_score(train.copy(), test.copy(), spy)
    assert isinstance(result, ExperimentResult), f"{FIT} must return an ExperimentResult"
    predictions = [r for r in SpyClassifier.records[spy.key] if r[0] == "predict" and r[1] == len(test)]
    assert predictions, f"{FIT} never asked the model to predict the {len(test)} test rows"
    scores = [balanced_accuracy_score(test[TARGET], p[2]) for p in predictions]
    assert any(result.test_score == pytest.approx(s) for s in scores), (
        f"{FIT} reported {result.test_score}, but the balanced accuracy of the predictions on the "
        f"test rows is {scores[-1]}")
    assert result.test_score < 0.97, (
        f"{FIT} scored {result.test_score:.3f} with a depth-3 tree: a near-perfect score here means "
        "a leak is still there")


def test_no_species_lands_on_both_sides_of_the_split(pokemon):
    before = pokemon.copy(deep=True)
    train, test = split_rows(pokemon, test_size=0.25, seed=0)
    pd.testing.assert_frame_equal(pokemon, before, obj=f"the frame after {SPLIT}")
    both = set(train["pokemon_id"]) & set(test["pokemon_id"])
    assert not both, (
        f"{SPLIT} put {len(both)} species on both sides of the split (e.g. ids {sorted(both)[:5]}): "
        "copies made before splitting (oversampling) let the model be graded on rows it memorised. "
        "Split first; resample, if at all, only the training rows")
    assert set(train["pokemon_id"]) | set(test["pokemon_id"]) == set(pokemon["pokemon_id"]), (
        f"{SPLIT} lost species: every row must land on one side")
    share = test["pokemon_id"].nunique() / pokemon["pokemon_id"].nunique()
    assert share == pytest.approx(0.25, abs=0.02), f"{SPLIT} put {share:.0%} of the species in the test set, not 25%"
    assert not test.duplicated().any(), (
        f"{SPLIT}: the test set holds duplicate rows (oversampling belongs to training only)")


def test_the_test_share_follows_test_size(pokemon):
    train, test = split_rows(pokemon, test_size=0.4, seed=1)
    share = test["pokemon_id"].nunique() / pokemon["pokemon_id"].nunique()
    assert share == pytest.approx(0.4, abs=0.02), (
        f"{SPLIT} put {share:.0%} of the species in the test set for test_size=0.4: use test_size")
    assert set(train["pokemon_id"]).isdisjoint(test["pokemon_id"]), f"{SPLIT}: a species on both sides"


def test_the_defaults_are_a_quarter_of_the_species_and_seed_zero(pokemon):
    train, test = split_rows(pokemon)
    share = test["pokemon_id"].nunique() / pokemon["pokemon_id"].nunique()
    assert share == pytest.approx(0.25, abs=0.02) and set(train["pokemon_id"]).isdisjoint(test["pokemon_id"]), (
        f"{SPLIT} called with its defaults put {share:.0%} of the species in the test set: the "
        "default test_size is 0.25, and no species may land on both sides")
    _, seeded_test = split_rows(pokemon, test_size=0.25, seed=0)
    assert set(test["pokemon_id"]) == set(seeded_test["pokemon_id"]), (
        f"{SPLIT}: the split with the default arguments differs from test_size=0.25, seed=0; keep "
        "the defaults of the signature")


def test_re_recorded_rows_of_a_species_stay_on_one_side(pokemon):
    # 200 species appear twice, the second row re-recorded with another weight: not exact
    # duplicates, but the same species, so both rows must land on the same side.
    again = pokemon.iloc[::4].assign(weight_kg=lambda rows: rows["weight_kg"] + 0.1)
    frame = pd.concat([pokemon, again], ignore_index=True)
    train, test = split_rows(frame, test_size=0.25, seed=0)
    both = set(train["pokemon_id"]) & set(test["pokemon_id"])
    assert not both, (
        f"{SPLIT} put {len(both)} species whose rows differ in one value (a re-recorded weight) on "
        f"both sides (e.g. ids {sorted(both)[:5]}): dropping exact duplicates is not enough, "
        "decide the side per pokemon_id")
    assert set(train["pokemon_id"]) | set(test["pokemon_id"]) == set(frame["pokemon_id"]), (
        f"{SPLIT} lost species when some species had two different rows")
    assert len(train) + len(test) == len(frame), (
        f"{SPLIT} returned {len(train) + len(test)} of the {len(frame)} rows, none of them exact "
        "duplicates: keep every row (a re-recorded row is data, only an exact copy may be dropped), "
        "and decide its side by its pokemon_id")


@pytest.mark.parametrize("legendaries", [
    pytest.param(1, id="one-legendary-species"),
    # the starting code already splits a frame with one class: no points, must stay green
    pytest.param(0, id="no-legendary-species", marks=pytest.mark.guard),
])
def test_a_rare_class_too_small_to_stratify_still_splits(pokemon, legendaries):
    keep = pokemon[~pokemon[TARGET]].index.tolist() + pokemon[pokemon[TARGET]].index[:legendaries].tolist()
    frame = pokemon.loc[sorted(keep)]
    train, test = split_rows(frame, test_size=0.25, seed=0)
    assert set(train["pokemon_id"]).isdisjoint(test["pokemon_id"]), f"{SPLIT}: a species on both sides"
    assert set(train["pokemon_id"]) | set(test["pokemon_id"]) == set(frame["pokemon_id"]), (
        f"{SPLIT} lost species on a frame with {legendaries} legendary species: every species lands "
        "on one side (stratify only when each class has at least two species)")


@pytest.mark.guard  # the starting code already passes: no points, must stay green
def test_the_split_is_reproducible(pokemon):
    first = split_rows(pokemon, seed=3)
    second = split_rows(pokemon, seed=3)
    assert set(first[1]["pokemon_id"]) == set(second[1]["pokemon_id"]), (
        f"{SPLIT} gave different test sets for the same seed: pass the seed to the random split")


@st.composite
def frames_with_duplicates(draw):
    frame = draw(pokemon_frames(min_rows=8, max_rows=16, duplicates=False))
    frame[TARGET] = [i % 3 == 0 for i in range(len(frame))]  # both classes, at least 3 of each
    copies = draw(st.lists(st.integers(0, len(frame) - 1), min_size=1, max_size=6))
    return pd.concat([frame, frame.iloc[copies]], ignore_index=True)


@settings(max_examples=10)
@given(frames_with_duplicates(), st.integers(0, 10))
def test_duplicate_rows_never_straddle_the_split(frame, seed):
    before = frame.copy(deep=True)
    train, test = split_rows(frame, test_size=0.25, seed=seed)
    pd.testing.assert_frame_equal(
        frame, before, obj=f"the frame after {SPLIT} (drop duplicates into a new frame, not inplace=True on the "
                           "caller's)")
    both = set(train["pokemon_id"]) & set(test["pokemon_id"])
    assert not both, (
        f"{SPLIT} put copies of the same species (ids {sorted(both)}) on both sides: drop exact "
        "duplicates, or split by pokemon_id, before splitting")
    assert set(train["pokemon_id"]) | set(test["pokemon_id"]) == set(frame["pokemon_id"]), (
        f"{SPLIT} lost species when the data had duplicate rows")
