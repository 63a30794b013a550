"""Kata 8.5: metrics match scikit-learn, the primary metric is relative, residuals by segment keep
every row and rank by relative error, the model card is complete.

Rules (regression_metrics):
1. every metric as scikit-learn (or its definition) computes it: ``test_metrics_match_scikit_learn``
2. within 25% includes the boundary: ``test_metrics_worked_example``, ``test_metrics_match_scikit_learn``
3. Raises on empty, unequal lengths, NaN/inf, a price <= 0 actual or predicted:
   ``test_metrics_reject_undefined_inputs``

Rules (metric_choice):
4. primary and business are keys of regression_metrics; primary is a relative error; 25+ words:
   ``test_metric_choice_is_justified``, ``test_primary_metric_is_relative``

Rules (residuals_by_segment):
5. residual = actual - predicted; median APE, MAE and count per segment; worst first by median
   APE among segments of min_count rows, smaller segments after: ``test_residuals_by_segment_worked_example``
6. missing values form a "missing" segment; counts add up: ``test_ungraded_cards_are_not_dropped``,
   ``test_residual_table_properties``
7. the input is not modified: ``test_residual_table_properties``
8. Raises on a length mismatch or min_count < 1: ``test_residuals_reject_impossible_inputs``;
   min_count (30 by default) rows are enough to rank: ``test_a_segment_of_exactly_min_count_rows_is_ranked``

Rules (model_card):
9. every Mitchell et al. section, the metrics (2 decimals), the worst segment (the first row) with
   its median APE and count, the training summary: ``test_model_card_has_every_section_and_the_numbers``,
   ``test_model_card_of_a_single_segment``, ``test_model_card_names_the_first_row_as_the_worst``

The model-quality tests of this phase are in test_evaluation_quality.py.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sklearn.metrics import (
    mean_absolute_error,
    mean_absolute_percentage_error,
    mean_squared_error,
    median_absolute_error,
)

from kata_framework.expect import must_raise
from katas.module8_capstone.evaluation import metric_choice, model_card, regression_metrics, residuals_by_segment

WHERE = "katas/module8_capstone/evaluation.py"
SECTIONS = ("Model Details", "Intended Use", "Factors", "Metrics", "Evaluation Data", "Training Data",
            "Quantitative Analyses", "Ethical Considerations", "Caveats and Recommendations")
RELATIVE = ("log_mae", "median_ape", "mape")

prices = st.floats(min_value=0.25, max_value=1e5, allow_nan=False, allow_infinity=False)
#: The explore profile's 1000 examples would not fit in the timeout of the pandas-heavy tests.
at_most_300_examples = settings(max_examples=min(settings.default.max_examples, 300))


@at_most_300_examples
@given(st.lists(st.tuples(prices, prices), min_size=1, max_size=50))
@example([(4.0, 5.0)])  # exactly 25% off: within
@example([(4.0, 3.0), (10.0, 10.0), (2.0, 8.0)])
def test_metrics_match_scikit_learn(pairs):
    actual, predicted = map(np.array, zip(*pairs))
    metrics = regression_metrics(actual, predicted)
    ape = np.abs(predicted - actual) / actual
    expected = {"mae": mean_absolute_error(actual, predicted),
                "rmse": np.sqrt(mean_squared_error(actual, predicted)),
                "median_ae": median_absolute_error(actual, predicted),
                "mape": mean_absolute_percentage_error(actual, predicted),
                "median_ape": np.median(ape),
                "log_mae": mean_absolute_error(np.log(actual), np.log(predicted)),
                "within_25pct": np.mean(np.abs(predicted - actual) <= 0.25 * actual)}
    for name, value in expected.items():
        assert metrics.get(name) == pytest.approx(value, rel=1e-9, abs=1e-12), (
            f"regression_metrics ({WHERE}): {name} = {metrics.get(name)} for {len(actual)} prices, "
            f"expected {value}")


def test_metrics_worked_example():
    metrics = regression_metrics([10, 20, 40], [12, 20, 20])
    assert metrics["mae"] == pytest.approx(22 / 3) and metrics["mape"] == pytest.approx((0.2 + 0 + 0.5) / 3)
    assert metrics["median_ape"] == pytest.approx(0.2) and metrics["log_mae"] == pytest.approx(
        (np.log(1.2) + 0 + np.log(2)) / 3), f"regression_metrics ({WHERE}): median APE 0.2, log-MAE as defined"
    assert metrics["within_25pct"] == pytest.approx(2 / 3), (
        f"regression_metrics ({WHERE}): 12 for 10 and 20 for 20 are within 25%, 20 for 40 is not")
    assert regression_metrics([4.0], [5.0])["within_25pct"] == 1.0, (
        f"regression_metrics ({WHERE}): 5 for 4 is exactly 25% off, which counts as within 25%")


UNDEFINED = {
    "no-prices": ([], []), "unequal-lengths": ([1.0, 2.0], [1.0]), "actual-price-zero": ([0.0, 2.0], [1.0, 2.0]),
    "actual-price-negative": ([-3.0], [1.0]), "nan-price": ([np.nan, 2.0], [1.0, 2.0]),
    "infinite-prediction": ([1.0, 2.0], [np.inf, 2.0]), "predicted-price-zero": ([1.0, 2.0], [0.0, 2.0]),
    "predicted-price-negative": ([1.0, 2.0], [-5.0, 2.0]),
}


@pytest.mark.parametrize("case", list(UNDEFINED))
def test_metrics_reject_undefined_inputs(case):
    actual, predicted = UNDEFINED[case]
    with must_raise(ValueError, f"regression_metrics ({WHERE}) must refuse {case.replace('-', ' ')}: "
                    f"y_true={actual}, y_pred={predicted}"):
        regression_metrics(actual, predicted)


def test_metric_choice_is_justified():
    choice = metric_choice()
    keys = set(regression_metrics([10.0], [11.0]))
    assert choice.get("primary") in keys and choice.get("business") in keys, (
        f"metric_choice ({WHERE}): primary and business must be keys of regression_metrics {sorted(keys)}")
    assert len(str(choice.get("justification", "")).split()) >= 25, (
        f"metric_choice ({WHERE}): justify the choice in at least 25 words")


def test_primary_metric_is_relative():
    primary = metric_choice().get("primary")
    assert primary in RELATIVE, (
        f"metric_choice ({WHERE}): the models learn log prices, so select them on a relative error "
        f"({', '.join(RELATIVE)}), not on {primary!r}; report dollars beside")


def test_residuals_by_segment_worked_example():
    frame = pd.DataFrame({"rarity": ["Rare", "Rare", "Rare", "Common", None, "Secret Rare", "Secret Rare"],
                          "price_usd": [100.0, 50.0, 20.0, 2.0, 10.0, 3000.0, 1000.0]},
                         index=[7, 3, 11, 0, 5, 9, 1])
    table = residuals_by_segment(frame, [60.0, 60.0, 21.0, 3.0, 4.0, 2700.0, 1100.0], "rarity", min_count=2)
    assert list(table["segment"]) == ["Rare", "Secret Rare", "missing", "Common"], (
        f"residuals_by_segment ({WHERE}): expected Rare (median APE 0.2) before Secret Rare (0.1, "
        "though its dollar errors are larger), then the one-card segments; missing values as "
        f"'missing'. Got {list(table['segment'])}")
    rare = table.iloc[0]
    assert rare["count"] == 3 and rare["median_ape"] == pytest.approx(0.2), (
        f"residuals_by_segment ({WHERE}): Rare has errors of 40%, 20% and 5%: median APE 0.2, got "
        f"{rare['median_ape']}")
    assert rare["mae"] == pytest.approx(17.0) and rare["mean_residual"] == pytest.approx(29 / 3), (
        f"residuals_by_segment ({WHERE}): Rare has residuals +40, -10 and -1 (actual minus "
        "predicted): MAE 17, mean residual +9.67")
    assert table.iloc[2]["mean_residual"] == pytest.approx(6.0)


def test_ungraded_cards_are_not_dropped(card_sales):
    cards = card_sales.astype({"grade": "Int64"})
    table = residuals_by_segment(cards, np.full(len(cards), cards["price_usd"].median()), "grade")
    assert int(table["count"].sum()) == len(cards), (
        f"residuals_by_segment ({WHERE}) lost {len(cards) - int(table['count'].sum())} rows: "
        "ungraded cards (missing grade) must form a 'missing' segment; groupby drops NaN keys "
        "unless told otherwise")
    assert "missing" in set(table["segment"])


@settings(max_examples=min(settings.default.max_examples, 60))
@given(st.lists(st.tuples(st.sampled_from(["Flabébé", "ポケモン", "Rare", None]), prices, prices),
                min_size=1, max_size=40), st.integers(1, 5))
@example([("Rare", 10.0, 12.0), ("Rare", 10.0, 10.0), (None, 5.0, 1.0)], 2)
def test_residual_table_properties(rows, min_count):
    segments, actual, predicted = zip(*rows)
    frame = pd.DataFrame({"seg": list(segments), "price_usd": list(actual)})
    before = frame.copy()
    table = residuals_by_segment(frame, list(predicted), "seg", min_count=min_count)
    pd.testing.assert_frame_equal(frame, before, obj=f"the input of residuals_by_segment ({WHERE})")
    assert int(table["count"].sum()) == len(frame) and table["segment"].is_unique
    large = table["count"] >= min_count
    assert list(large) == sorted(large, reverse=True), (
        f"residuals_by_segment ({WHERE}): segments under min_count={min_count} rows come after the others")
    for part in (table[large], table[~large]):
        assert part["median_ape"].is_monotonic_decreasing, (
            f"residuals_by_segment ({WHERE}): worst median_ape first:\n{table}")
    overall = np.mean(np.array(actual) - np.array(predicted))
    weighted = float((table["mean_residual"] * table["count"]).sum() / len(frame))
    assert weighted == pytest.approx(overall, rel=1e-6, abs=1e-6), (
        f"residuals_by_segment ({WHERE}): mean_residual must be price_usd minus prediction")


def test_a_segment_of_exactly_min_count_rows_is_ranked():
    # 30 rows (the default min_count) are enough to rank; 29 are not.
    segments = ["thirty"] * 30 + ["forty"] * 40 + ["few"] * 29
    frame = pd.DataFrame({"seg": segments, "price_usd": 100.0})
    errors = {"thirty": 20.0, "forty": 10.0, "few": 50.0}
    table = residuals_by_segment(frame, [100.0 + errors[s] for s in segments], "seg")
    assert list(table["segment"]) == ["thirty", "forty", "few"], (
        f"residuals_by_segment ({WHERE}): with the default min_count=30 a segment of exactly 30 rows "
        f"is ranked (worst first) and one of 29 comes after; got {list(table['segment'])}")


@pytest.mark.parametrize("predictions, min_count", [([1.0], 30), ([1.0, 2.0], 0)],
                         ids=["fewer-predictions-than-rows", "min-count-zero"])
def test_residuals_reject_impossible_inputs(predictions, min_count):
    frame = pd.DataFrame({"seg": ["a", "b"], "price_usd": [1.0, 2.0]})
    with must_raise(ValueError, f"residuals_by_segment ({WHERE}) must refuse {len(predictions)} predictions "
                    f"for 2 rows with min_count={min_count}"):
        residuals_by_segment(frame, predictions, "seg", min_count=min_count)


def test_model_card_has_every_section_and_the_numbers():
    frame = pd.DataFrame({"rarity": ["Secret Rare"] * 2 + ["Common"] * 3,
                          "price_usd": [300.0, 500.0, 2.0, 3.0, 4.0]})
    table = residuals_by_segment(frame, [270.0, 450.0, 3.0, 4.5, 5.0], "rarity", min_count=2)
    metrics = {"log_mae": 0.3114, "mae": 33.6667, "within_25pct": 0.6667}
    card = model_card("card-price ridge v1", metrics, table, "2,800 sales from 2022 to 2024.")
    headings = {h.strip() for h in re.findall(r"^#{1,3}\s*(.+)$", card, flags=re.MULTILINE)}
    missing = [s for s in SECTIONS if not any(s.lower() == h.lower() for h in headings)]
    assert not missing, f"model_card ({WHERE}) lacks the sections {missing} (Mitchell et al.)"
    assert "card-price ridge v1" in card and "2,800 sales from 2022 to 2024." in card
    for value in ("0.31", "33.67", "0.67"):
        assert value in card, f"model_card ({WHERE}): the metric value {value} is missing"
    analyses = card[card.lower().index("## quantitative analyses"):]
    assert "Common" in analyses and "0.50" in analyses and "3" in analyses, (
        f"model_card ({WHERE}): name the worst segment (Common: 3 sales, median APE 0.50) in "
        "Quantitative Analyses")


def test_model_card_of_a_single_segment():
    table = pd.DataFrame({"segment": ["Common"], "count": [40], "median_ape": [0.1234], "mae": [0.5],
                          "mean_residual": [0.1]})
    card = model_card("card-price ridge v1", {"log_mae": 0.2}, table, "40 sales.")
    analyses = card[card.lower().index("## quantitative analyses"):]
    assert "Common" in analyses and "0.12" in analyses and "40" in analyses, (
        f"model_card ({WHERE}): a table of one segment (the first row is the worst): name Common, "
        "40 sales, median APE 0.12")


def test_model_card_names_the_first_row_as_the_worst():
    # A table as residuals_by_segment sorts it: the ranked segment first, a two-card segment with a
    # larger error after it (too small to rank). The first row is the worst segment, not the
    # largest error in the table.
    table = pd.DataFrame({"segment": ["Common", "Secret Rare"], "count": [40, 2], "median_ape": [0.1234, 0.9876],
                          "mae": [0.5, 900.0], "mean_residual": [0.1, 850.0]})
    card = model_card("card-price ridge v1", {"log_mae": 0.2}, table, "42 sales.")
    analyses = card[card.lower().index("## quantitative analyses"):]
    assert "Common" in analyses and "0.12" in analyses and "40" in analyses, (
        f"model_card ({WHERE}): name the worst segment, the first row of the table (Common: 40 sales, "
        "median APE 0.12)")
    worst_line = next((line for line in analyses.splitlines() if "worst" in line.lower()), "")
    named_first = "Secret Rare" not in analyses or analyses.index("Common") < analyses.index("Secret Rare")
    assert ("Common" in worst_line and "Secret Rare" not in worst_line) or (not worst_line and named_first), (
        f"model_card ({WHERE}): the worst segment is the first row of the table (Common), as "
        "residuals_by_segment ranks it; Secret Rare has the larger error but only 2 sales, too few to "
        f"rank, so it comes after, whatever its error. The section says: {worst_line or analyses[:200]!r}")
