"""Kata 2.6: build_preprocessor and build_pipeline learn from training rows and survive new categories.

Rules (each enforced by the test named):
1. Numbers standardised with the training mean and standard deviation:
   test_numbers_are_standardised_with_training_statistics.
2. A missing number becomes the training median (not the mean, not NaN):
   test_unseen_categories_and_missing_numbers_do_not_break_inference; imputation comes first, so
   the scaler learns from the imputed training column, and no indicator column is added:
   test_numbers_are_imputed_first_then_scaled.
3. One 0/1 column per category seen in training, none dropped; a missing category becomes
   MISSING (it encodes as the category MISSING does); exactly these columns and the numbers, no
   other (no missing-value indicator):
   test_categories_become_one_column_each_and_missing_is_a_category; also for a
   column with only two categories and for categories seen once:
   test_a_two_category_column_and_rare_categories_keep_a_column_each.
4. An unseen category encodes as all zeros, without an error:
   test_unseen_categories_and_missing_numbers_do_not_break_inference.
5. Every other column is dropped: test_identifiers_and_the_leaky_column_are_dropped.
6. Dense or sparse output, any column order: accepted by every test (columns are found by value).
7. build_pipeline: the preprocessor first, the caller's model itself last; fits and predicts raw
   rows: test_the_pipeline_fits_on_raw_training_rows_and_predicts_raw_rows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from katas.module2_features.pipeline import (
    CATEGORICAL_FEATURES,
    MISSING,
    NUMERIC_FEATURES,
    build_pipeline,
    build_preprocessor,
)

WHERE = "katas/module2_features/pipeline.py"
TARGET = "is_legendary"


def _dense(matrix) -> np.ndarray:
    return np.asarray(matrix.toarray() if hasattr(matrix, "toarray") else matrix, dtype="float64")


def _find_column(output: np.ndarray, expected: np.ndarray) -> int | None:
    for index in range(output.shape[1]):
        if np.allclose(output[:, index], expected, atol=1e-9):
            return index
    return None


@pytest.fixture(scope="module")
def split():
    from kata_framework import data

    frame = data.pokemon()
    test_rows = frame["pokemon_id"] % 4 == 0
    return frame[~test_rows].reset_index(drop=True), frame[test_rows].reset_index(drop=True)


@pytest.fixture(scope="module")
def fitted(split):
    train, _ = split
    preprocessor = build_preprocessor()
    assert isinstance(preprocessor, ColumnTransformer), (
        f"build_preprocessor ({WHERE}) must return a ColumnTransformer, got {type(preprocessor).__name__}")
    return preprocessor.fit(train)


def test_numbers_are_standardised_with_training_statistics(split, fitted):
    train, test = split
    output = _dense(fitted.transform(test))
    for column in NUMERIC_FEATURES:
        mean, std = train[column].mean(), train[column].std(ddof=0)
        expected = (test[column] - mean) / std
        assert _find_column(output, expected.to_numpy()) is not None, (
            f"build_preprocessor ({WHERE}): no output column is {column} standardised with the "
            "TRAINING mean and standard deviation. Scale with StandardScaler inside the "
            "ColumnTransformer; the test rows must be transformed with what was learned in fit")


def test_numbers_are_imputed_first_then_scaled(split):
    train, test = split
    gappy = train.copy()
    gappy.loc[gappy.index[::5], "hp"] = np.nan  # a fifth of the training hp values are missing
    output = _dense(build_preprocessor().fit(gappy).transform(test))
    imputed = gappy["hp"].fillna(gappy["hp"].median())
    expected = (test["hp"] - imputed.mean()) / imputed.std(ddof=0)
    assert _find_column(output, expected.to_numpy()) is not None, (
        f"build_preprocessor ({WHERE}): with missing training values, no output column is hp "
        "standardised with the mean and standard deviation of the imputed training column. Impute "
        "first, then scale (SimpleImputer before StandardScaler in the numeric Pipeline); scaling "
        "first learns its statistics from the present values only")
    expected_width = len(NUMERIC_FEATURES) + sum(gappy[c].nunique(dropna=False) for c in CATEGORICAL_FEATURES)
    assert output.shape[1] == expected_width, (
        f"build_preprocessor ({WHERE}) returned {output.shape[1]} columns after fitting on rows with missing hp, "
        f"expected {expected_width}: a missing number is replaced by the median, with no missing-value "
        "indicator column (no add_indicator=True)")


def test_categories_become_one_column_each_and_missing_is_a_category(split, fitted):
    train, test = split
    output = _dense(fitted.transform(test))
    for column in CATEGORICAL_FEATURES:
        for category in sorted(train[column].dropna().unique()):
            expected = (test[column] == category).to_numpy(dtype="float64")
            assert _find_column(output, expected) is not None, (
                f"build_preprocessor ({WHERE}): no 0/1 output column for {column} == {category!r}; "
                "one-hot encode every category seen in training (no dropped column)")
    missing = test["type2"].isna().to_numpy(dtype="float64")
    assert _find_column(output, missing) is not None, (
        f"build_preprocessor ({WHERE}): a missing type2 must become its own category "
        "(SimpleImputer(strategy='constant') before the encoder)")
    spelled_out = _dense(fitted.transform(test.assign(type2=test["type2"].fillna(MISSING))))
    assert np.allclose(spelled_out, output), (
        f"build_preprocessor ({WHERE}): a missing type2 and the category {MISSING!r} encode differently; "
        "a missing category must become MISSING itself (SimpleImputer(strategy='constant', fill_value=MISSING))")
    categories = sum(train[column].nunique(dropna=False) for column in CATEGORICAL_FEATURES)
    expected_width = len(NUMERIC_FEATURES) + categories
    assert output.shape[1] == expected_width, (
        f"build_preprocessor ({WHERE}) returned {output.shape[1]} columns, expected {expected_width}: one per "
        "numeric feature and one per category seen in training (missing included), nothing else (no "
        "missing-value indicators, no passed-through columns)")


def test_a_two_category_column_and_rare_categories_keep_a_column_each():
    rows = 12
    numbers = {column: np.arange(rows, dtype="float64") + index for index, column in enumerate(NUMERIC_FEATURES)}
    small = pd.DataFrame({**numbers, "type1": ["Fire"] * (rows - 2) + ["Ice", "Ghost"],
                          "type2": ["Rock"] * (rows // 2) + [None] * (rows // 2)})
    output = _dense(build_preprocessor().fit(small).transform(small))
    for column, category in [("type1", "Fire"), ("type1", "Ice"), ("type1", "Ghost"), ("type2", "Rock")]:
        expected = (small[column] == category).to_numpy(dtype="float64")
        assert _find_column(output, expected) is not None, (
            f"build_preprocessor ({WHERE}): no 0/1 output column for {column} == {category!r}. "
            "Keep one column for every category seen in training, also when a column has only two "
            "categories (no drop='if_binary') and when categories are rare (no min_frequency)")
    assert _find_column(output, small["type2"].isna().to_numpy(dtype="float64")) is not None, (
        f"build_preprocessor ({WHERE}): a missing type2 must keep its own 0/1 column, also when "
        "type2 has only one other category")


def test_unseen_categories_and_missing_numbers_do_not_break_inference(split, fitted):
    train, test = split
    odd = test.head(3).copy()
    odd["type1"] = ["Cosmic", "Shadow", "Water"]
    odd["type2"] = ["Crystal", None, None]
    odd.loc[odd.index[0], ["hp", "weight_kg"]] = np.nan
    try:
        output = _dense(fitted.transform(odd))
    except ValueError as error:
        pytest.fail(f"build_preprocessor ({WHERE}) failed on a category it never saw in training "
                    f"({error}): use OneHotEncoder(handle_unknown='ignore')")
    assert np.isfinite(output).all(), (
        f"build_preprocessor ({WHERE}) let a missing number through as NaN: impute numbers "
        "(SimpleImputer(strategy='median')) before scaling")
    hp_median = (train["hp"].median() - train["hp"].mean()) / train["hp"].std(ddof=0)
    reference_output = _dense(fitted.transform(test))
    hp_column = _find_column(reference_output, ((test["hp"] - train["hp"].mean()) / train["hp"].std(ddof=0)).to_numpy())
    assert hp_column is not None, f"build_preprocessor ({WHERE}): no output column is hp standardised"
    assert output[0, hp_column] == pytest.approx(hp_median), (
        f"build_preprocessor ({WHERE}): a missing hp must be filled with the training median "
        f"(standardised {hp_median:.3f}), got {output[0, hp_column]:.3f}: SimpleImputer(strategy='median')")
    type1_columns = [_find_column(reference_output, (test["type1"] == c).to_numpy(dtype="float64"))
                     for c in sorted(train["type1"].unique())]
    assert all(output[0, i] == 0 for i in type1_columns if i is not None), (
        f"build_preprocessor ({WHERE}): an unseen type1 must encode as all zeros")


def test_identifiers_and_the_leaky_column_are_dropped(split, fitted):
    _, test = split
    rng = np.random.default_rng(1)
    shuffled = test.copy()
    for column in ["pokemon_id", "capture_rate", TARGET, "generation"]:
        shuffled[column] = rng.permutation(shuffled[column].to_numpy())
    assert np.allclose(_dense(fitted.transform(shuffled)), _dense(fitted.transform(test))), (
        f"build_preprocessor ({WHERE}) uses columns outside NUMERIC_FEATURES and "
        "CATEGORICAL_FEATURES (capture_rate, ids or the target): use remainder='drop'")


def test_the_pipeline_fits_on_raw_training_rows_and_predicts_raw_rows(split):
    train, test = split
    model = LogisticRegression(max_iter=2000)
    pipeline = build_pipeline(model)
    assert isinstance(pipeline, Pipeline), f"build_pipeline ({WHERE}) must return a Pipeline"
    assert pipeline.steps[-1][1] is model, (
        f"build_pipeline ({WHERE}): the last step must be the model you were given itself, not a "
        "copy or a clone (the caller keeps a handle on it)")
    assert isinstance(pipeline.steps[0][1], ColumnTransformer), (
        f"build_pipeline ({WHERE}): the first step must be the preprocessor from build_preprocessor()")
    pipeline.fit(train, train[TARGET])
    odd = test.assign(type1="Cosmic")
    predictions = pipeline.predict(odd)
    assert len(predictions) == len(test), f"build_pipeline ({WHERE}) must predict one label per row"
