"""Kata 8.3: engineered features are documented, leak-free and row-wise; the pipeline serves raw rows.

Rules (engineer_features):
1. five or more new numeric columns, finite for every row (ungraded cards too), input columns
   kept: ``test_at_least_five_new_finite_numeric_features``
2. the input is not modified: ``test_features_do_not_modify_the_input``
3. no feature uses the price (works without it, does not move when prices move):
   ``test_features_never_use_the_price``
4. a row's features do not depend on the other rows: ``test_a_rows_features_do_not_depend_on_other_rows``
5. the features the docstring names (card_age_years from the pricing date, market_years from one
   fixed origin, is_graded, grade_or_zero, is_gem_mint, rarity_rank, stat_total) follow its
   definitions where a solution adds them: ``test_named_features_mean_what_the_docstring_says``

Rules (feature_documentation):
6. exactly the added columns, each with description, rationale and leakage check:
   ``test_every_feature_is_documented``

Rules (build_pipeline):
7. steps "features", "preprocess" (a ColumnTransformer) and "model" (a regressor), in order:
   ``test_pipeline_has_features_then_column_transformer_then_model``
8. positive dollar prices that beat the median price on later sales:
   ``test_pipeline_beats_the_median_price_on_later_sales``
9. a price column left in X is ignored: ``test_pipeline_ignores_a_price_column_left_in_the_inputs``
10. unseen categories and missing grades get a price: ``test_pipeline_survives_unseen_categories_and_missing_grades``
11. the regressor given is the one used (the caller's object, not a clone): ``test_pipeline_uses_the_regressor_it_is_given``
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import is_regressor
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.pipeline import Pipeline

from katas.module8_capstone.features import RARITY_ORDER, build_pipeline, engineer_features, feature_documentation

WHERE = "katas/module8_capstone/features.py"
TARGET = "price_usd"


@pytest.fixture
def cards(card_sales):
    return card_sales.astype({"grade": "Int64"})


@pytest.fixture
def splits(cards):
    cut = int(len(cards) * 0.8)  # card_sales is in time order
    return cards.iloc[:cut].copy(), cards.iloc[cut:].copy()


def _new_columns(cards: pd.DataFrame) -> list[str]:
    return [c for c in engineer_features(cards).columns if c not in cards.columns]


def _moved(first: pd.DataFrame, second: pd.DataFrame) -> list[str]:
    """The columns whose values differ between two frames of the same rows."""
    return [c for c in first.columns
            if not first[c].reset_index(drop=True).equals(second[c].reset_index(drop=True))]


def test_at_least_five_new_finite_numeric_features(cards):
    features = engineer_features(cards)
    new = [c for c in features.columns if c not in cards.columns]
    assert len(new) >= 5, f"engineer_features ({WHERE}) adds {len(new)} columns {new}; add at least five"
    for column in new:
        values = pd.to_numeric(features[column], errors="coerce").astype(float)
        assert np.isfinite(values).all(), (
            f"engineer_features ({WHERE}): {column!r} has missing or infinite values (ungraded "
            "cards have no grade: give them a value and a flag)")
    pd.testing.assert_frame_equal(features[list(cards.columns)], cards,
                                  obj=f"the input columns after engineer_features ({WHERE})")


def test_features_do_not_modify_the_input(cards):
    before = cards.copy(deep=True)
    engineer_features(cards)
    pd.testing.assert_frame_equal(cards, before, obj=f"the input of engineer_features ({WHERE})")


def test_features_never_use_the_price(cards):
    new = _new_columns(cards)
    try:
        without_price = engineer_features(cards.drop(columns=TARGET))
    except KeyError as error:
        pytest.fail(f"engineer_features ({WHERE}) needs {error} when the price is absent: a "
                    "feature computed from the price is not available when a card is listed")
    features = engineer_features(cards)[new]
    shuffled = cards.assign(**{TARGET: cards[TARGET].sample(frac=1, random_state=0).to_numpy()})
    leaking = _moved(engineer_features(shuffled)[new], features)
    assert not leaking, (
        f"engineer_features ({WHERE}): the features {leaking} change when the prices are shuffled: "
        "they are computed from price_usd, the target (leakage)")
    missing = [c for c in new if c not in without_price.columns]
    differ = _moved(without_price[[c for c in new if c in without_price.columns]], features.drop(columns=missing))
    assert not missing and not differ, (
        f"engineer_features ({WHERE}): without the price column the features {missing + differ} are "
        "absent or different; a feature must not need the price")


def test_a_rows_features_do_not_depend_on_other_rows(cards):
    new = _new_columns(cards)
    full = engineer_features(cards)[new]
    alone = engineer_features(cards.iloc[-300:])[new]
    moved = _moved(alone, full.iloc[-300:])
    assert not moved, (
        f"engineer_features ({WHERE}): {moved} differ for the last 300 rows computed alone and with "
        "all rows; a feature built from statistics over the frame carries information across the split")
    for position in (0, 17, len(cards) - 1):
        moved = _moved(engineer_features(cards.iloc[[position]])[new], full.iloc[[position]])
        assert not moved, (
            f"engineer_features ({WHERE}): {moved} of row {position} differ when it is passed alone")


def _years(delta: pd.Series) -> np.ndarray:
    return (delta.dt.days / 365.25).to_numpy(dtype=float)


def test_named_features_mean_what_the_docstring_says(cards):
    """Each feature the docstring names, where a solution adds it, follows the docstring's definition."""
    features = engineer_features(cards)
    grade = cards["grade"].astype("Float64")
    sale, release = pd.to_datetime(cards["sale_date"]), pd.to_datetime(cards["set_release_date"])
    since_origin = _years(sale - pd.Timestamp("2022-01-01"))
    expected = {
        "card_age_years": (_years(sale - release), "the pricing date (sale_date) minus the set's release date, in years"),
        "is_graded": (grade.notna().to_numpy(dtype=float), "1 for a graded card, 0 for an ungraded one"),
        "grade_or_zero": (grade.fillna(0).to_numpy(dtype=float), "the grade, 0 when ungraded"),
        "is_gem_mint": (grade.eq(10).fillna(False).to_numpy(dtype=float), "1 for grade 10"),
        "rarity_rank": (cards["rarity"].map({r: i for i, r in enumerate(RARITY_ORDER)}).to_numpy(dtype=float),
                        "0 for Common up to 5 for Secret Rare"),
        "stat_total": ((cards["hp"] + cards["attack"]).to_numpy(dtype=float), "hp + attack"),
    }
    for column, (values, meaning) in expected.items():
        if column in features.columns and column not in cards.columns:
            got = pd.to_numeric(features[column]).to_numpy(dtype=float)
            np.testing.assert_allclose(got, values, rtol=0.01, atol=0.01, err_msg=(
                f"engineer_features ({WHERE}): {column!r} must be {meaning}"))
    if "market_years" in features.columns and "market_years" not in cards.columns:
        offset = pd.to_numeric(features["market_years"]).to_numpy(dtype=float) - since_origin
        assert np.ptp(offset) < 0.02, (
            f"engineer_features ({WHERE}): 'market_years' must be the years from one fixed origin to "
            "the pricing date (sale_date), the same origin for every row")


def test_every_feature_is_documented(cards):
    table = feature_documentation()
    new = set(_new_columns(cards))
    documented = {row.get("feature") for row in table}
    assert documented == new, (
        f"feature_documentation ({WHERE}) must document exactly the added columns: "
        f"undocumented {sorted(new - documented)}, documented but absent {sorted(documented - new)}")
    for row in table:
        empty = [k for k in ("description", "rationale", "leakage_check") if not str(row.get(k, "")).strip()]
        assert not empty, f"feature_documentation ({WHERE}): {row.get('feature')!r} lacks {empty}"


def test_pipeline_has_features_then_column_transformer_then_model():
    pipeline = build_pipeline()
    assert isinstance(pipeline, Pipeline), f"build_pipeline ({WHERE}) must return a sklearn Pipeline"
    names = [name for name, _ in pipeline.steps]
    assert names == ["features", "preprocess", "model"], (
        f"build_pipeline ({WHERE}): name the steps 'features', 'preprocess', 'model' (got {names}), so "
        "that tuning can address model__... parameters")
    assert isinstance(pipeline.named_steps["preprocess"], ColumnTransformer), (
        f"build_pipeline ({WHERE}): encode and scale with a ColumnTransformer inside the pipeline, "
        "so the encoders are fit on training rows only")
    assert is_regressor(pipeline.named_steps["model"]), f"build_pipeline ({WHERE}): the last step must be a regressor"


def test_pipeline_beats_the_median_price_on_later_sales(splits):
    train, val = splits
    model = build_pipeline().fit(train.drop(columns=TARGET), train[TARGET])
    predicted = np.asarray(model.predict(val.drop(columns=TARGET)), dtype=float)
    assert np.isfinite(predicted).all() and (predicted > 0).all(), (
        f"build_pipeline ({WHERE}): predictions must be positive dollar prices")
    mae = np.abs(predicted - val[TARGET]).mean()
    baseline = np.abs(train[TARGET].median() - val[TARGET]).mean()
    assert mae <= 0.7 * baseline, (
        f"build_pipeline ({WHERE}): validation MAE ${mae:.2f} is not 30% below the median-price "
        f"baseline ${baseline:.2f}; are the features reaching the model? (hint: log prices)")


def test_pipeline_ignores_a_price_column_left_in_the_inputs(splits):
    train, val = splits
    clean = build_pipeline().fit(train.drop(columns=TARGET), train[TARGET])
    shuffled_price = train.assign(**{TARGET: train[TARGET].sample(frac=1, random_state=1).to_numpy()})
    careless = build_pipeline().fit(shuffled_price, train[TARGET])
    np.testing.assert_allclose(careless.predict(val), clean.predict(val.drop(columns=TARGET)), rtol=1e-9,
                               err_msg=f"build_pipeline ({WHERE}): a price_usd column in X changed "
                                       "the model; select the feature columns explicitly")


def test_pipeline_survives_unseen_categories_and_missing_grades(splits):
    train, val = splits
    model = build_pipeline().fit(train.drop(columns=TARGET), train[TARGET])
    odd = val.drop(columns=TARGET).head(5).copy()
    odd["language"] = ["Korean", "Chinese", "English", "Japanese", "Italian"]
    odd["set_name"] = "Paldea Evolved"
    odd["grade"] = pd.array([None, None, 10, 1, None], dtype="Int64")
    predicted = np.asarray(model.predict(odd), dtype=float)
    assert np.isfinite(predicted).all() and (predicted > 0).all(), (
        f"build_pipeline ({WHERE}): unseen languages or sets, or missing grades, must still get "
        "a price (OneHotEncoder(handle_unknown='ignore'))")


def test_pipeline_uses_the_regressor_it_is_given(splits):
    train, val = splits
    regressor = DummyRegressor(strategy="median")
    pipeline = build_pipeline(regressor)
    last = pipeline.named_steps["model"]
    held = last is regressor or any(value is regressor for value in last.get_params(deep=True).values())
    assert held, (
        f"build_pipeline ({WHERE}): the regressor passed in must be the one in the last step (used "
        "as given, not a clone of it), directly or wrapped (e.g. TransformedTargetRegressor(regressor))")
    model = pipeline.fit(train.drop(columns=TARGET), train[TARGET])
    predicted = np.asarray(model.predict(val.drop(columns=TARGET)), dtype=float)
    assert np.ptp(predicted) < 1e-6 * max(1.0, predicted.max()), (
        f"build_pipeline ({WHERE}) ignored the regressor argument: with a median dummy every "
        "prediction must be the same")
