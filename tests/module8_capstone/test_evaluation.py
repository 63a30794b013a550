"""Kata 8.5: metrics match scikit-learn, residuals by segment keep every row, the model card is complete."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, mean_squared_error, median_absolute_error

from katas.module8_capstone.evaluation import metric_choice, model_card, regression_metrics, residuals_by_segment

WHERE = "katas/module8_capstone/evaluation.py"
SECTIONS = ("Model Details", "Intended Use", "Factors", "Metrics", "Evaluation Data", "Training Data",
            "Quantitative Analyses", "Ethical Considerations", "Caveats and Recommendations")

prices = st.floats(min_value=0.25, max_value=1e5, allow_nan=False, allow_infinity=False)
#: The explore profile's 1000 examples would not fit in the timeout of the pandas-heavy tests.
at_most_300_examples = settings(max_examples=min(settings.default.max_examples, 300))


@at_most_300_examples
@given(st.lists(st.tuples(prices, prices), min_size=1, max_size=50))
def test_metrics_match_scikit_learn(pairs):
    actual, predicted = map(np.array, zip(*pairs))
    metrics = regression_metrics(actual, predicted)
    expected = {"mae": mean_absolute_error(actual, predicted),
                "rmse": np.sqrt(mean_squared_error(actual, predicted)),
                "median_ae": median_absolute_error(actual, predicted),
                "mape": mean_absolute_percentage_error(actual, predicted),
                "within_25pct": np.mean(np.abs(predicted - actual) <= 0.25 * actual)}
    for name, value in expected.items():
        assert metrics.get(name) == pytest.approx(value, rel=1e-9, abs=1e-12), (
            f"regression_metrics ({WHERE}): {name} = {metrics.get(name)} but scikit-learn says {value}")


def test_metrics_worked_example():
    metrics = regression_metrics([10, 20, 40], [12, 20, 20])
    assert metrics["mae"] == pytest.approx(22 / 3) and metrics["mape"] == pytest.approx((0.2 + 0 + 0.5) / 3)
    assert metrics["within_25pct"] == pytest.approx(2 / 3), (
        f"regression_metrics ({WHERE}): 12 for 10 and 20 for 20 are within 25%, 20 for 40 is not")


@pytest.mark.parametrize("actual, predicted", [
    ([], []), ([1.0, 2.0], [1.0]), ([0.0, 2.0], [1.0, 2.0]), ([-3.0], [1.0]),
    ([np.nan, 2.0], [1.0, 2.0]), ([1.0, 2.0], [np.inf, 2.0]),
])
def test_metrics_reject_undefined_inputs(actual, predicted):
    with pytest.raises(ValueError):
        regression_metrics(actual, predicted)


def test_metric_choice_is_justified():
    choice = metric_choice()
    keys = set(regression_metrics([10.0], [11.0]))
    assert choice.get("primary") in keys and choice.get("business") in keys, (
        f"metric_choice ({WHERE}): primary and business must be keys of regression_metrics {sorted(keys)}")
    assert len(str(choice.get("justification", "")).split()) >= 25, (
        f"metric_choice ({WHERE}): justify the choice in at least 25 words")


def test_residuals_by_segment_worked_example():
    frame = pd.DataFrame({"rarity": ["Rare", "Rare", "Common", None],
                          "price_usd": [100.0, 50.0, 2.0, 10.0]})
    table = residuals_by_segment(frame, [60.0, 70.0, 3.0, 4.0], "rarity")
    assert list(table["segment"]) == ["Rare", "missing", "Common"], (
        f"residuals_by_segment ({WHERE}): expected the segments worst first with missing values "
        f"as 'missing', got {list(table['segment'])}")
    rare = table.iloc[0]
    assert rare["count"] == 2 and rare["mae"] == pytest.approx(30.0) and rare["mean_residual"] == pytest.approx(10.0), (
        f"residuals_by_segment ({WHERE}): Rare has residuals +40 and -20: MAE 30, mean residual "
        "+10 (actual minus predicted)")
    assert table.iloc[1]["mean_residual"] == pytest.approx(6.0)


def test_ungraded_cards_are_not_dropped(card_sales):
    cards = card_sales.astype({"grade": "Int64"})
    table = residuals_by_segment(cards, np.full(len(cards), cards["price_usd"].median()), "grade")
    assert int(table["count"].sum()) == len(cards), (
        f"residuals_by_segment ({WHERE}) lost {len(cards) - int(table['count'].sum())} rows: "
        "ungraded cards (missing grade) must form a 'missing' segment; groupby drops NaN keys "
        "unless told otherwise")
    assert "missing" in set(table["segment"])


@at_most_300_examples
@given(st.lists(st.tuples(st.sampled_from(["Flabébé", "ポケモン", "Rare", None]), prices, prices),
                min_size=1, max_size=40))
def test_residual_table_properties(rows):
    segments, actual, predicted = zip(*rows)
    frame = pd.DataFrame({"seg": list(segments), "price_usd": list(actual)})
    before = frame.copy()
    table = residuals_by_segment(frame, list(predicted), "seg")
    pd.testing.assert_frame_equal(frame, before, obj=f"the input of residuals_by_segment ({WHERE})")
    assert int(table["count"].sum()) == len(frame) and table["segment"].is_unique
    assert table["mae"].is_monotonic_decreasing, f"residuals_by_segment ({WHERE}): worst segment first"
    overall = np.mean(np.array(actual) - np.array(predicted))
    weighted = float((table["mean_residual"] * table["count"]).sum() / len(frame))
    assert weighted == pytest.approx(overall, rel=1e-6, abs=1e-6), (
        f"residuals_by_segment ({WHERE}): mean_residual must be price_usd minus prediction")


def test_residuals_reject_mismatched_predictions():
    frame = pd.DataFrame({"seg": ["a", "b"], "price_usd": [1.0, 2.0]})
    with pytest.raises(ValueError):
        residuals_by_segment(frame, [1.0], "seg")


def test_model_card_has_every_section_and_the_numbers():
    frame = pd.DataFrame({"rarity": ["Secret Rare", "Common", "Common"], "price_usd": [300.0, 2.0, 3.0]})
    table = residuals_by_segment(frame, [200.0, 2.5, 2.5], "rarity")
    metrics = {"mae": 33.6667, "mape": 0.2222, "within_25pct": 0.3333}
    card = model_card("card-price ridge v1", metrics, table, "2,800 sales from 2022 to 2024.")
    headings = {h.strip() for h in re.findall(r"^#{1,3}\s*(.+)$", card, flags=re.MULTILINE)}
    missing = [s for s in SECTIONS if not any(s.lower() == h.lower() for h in headings)]
    assert not missing, f"model_card ({WHERE}) lacks the sections {missing} (Mitchell et al.)"
    assert "card-price ridge v1" in card and "2,800 sales from 2022 to 2024." in card
    for value in ("33.67", "0.22", "0.33"):
        assert value in card, f"model_card ({WHERE}): the metric value {value} is missing"
    assert "Secret Rare" in card and "100.00" in card, (
        f"model_card ({WHERE}): name the worst segment (Secret Rare) and its MAE (100.00)")
